// Leernet: the form of a task link (/leernet/taak/…). The task's own Camunda Form, rendered by
// form-js's viewer as in Tasklist; "Verzenden" validates it as Tasklist does and posts the fields'
// values as JSON to this page's address. The server checks them again and completes the task.
(function () {
  'use strict';

  const container = document.getElementById('form');
  const button = document.getElementById('form-submit');
  const problem = document.getElementById('form-error');

  function show(message) {
    problem.textContent = message;
    problem.hidden = false;
  }

  async function send(data) {
    button.disabled = true;
    problem.hidden = true;
    try {
      const response = await fetch(window.location.pathname, {
        method: 'POST',
        credentials: 'omit',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify(data)
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok && answer.next) {
        window.location.assign(answer.next);
      } else if (response.status === 400) {
        show(answer.message || 'Controleer wat u invulde.');
        button.disabled = false;
      } else if ([404, 409, 410].includes(response.status)) {
        // the page itself says what became of the task
        window.location.reload();
      } else {
        show(answer.message || 'Er ging iets mis bij het verzenden. Probeer het straks opnieuw; wat u invulde, staat er nog.');
        button.disabled = false;
      }
    } catch (error) {
      show('De server is niet bereikbaar. Probeer het straks opnieuw; wat u invulde, staat er nog.');
      button.disabled = false;
    }
  }

  async function start() {
    const schema = JSON.parse(container.dataset.schema);
    const values = JSON.parse(container.dataset.values || '{}');
    const form = new window.FormViewer.Form({ container });
    await form.importSchema(schema, values);
    button.disabled = false;
    button.addEventListener('click', () => {
      const { data, errors } = form.submit();
      if (Object.keys(errors).length > 0) {
        show('Nog niet alles is correct ingevuld: zie de velden in het rood.');
        return;
      }
      send(data);
    });
  }

  start().catch(() => show('Het formulier kon niet geladen worden. Vernieuw de pagina, of vul de taak in via de takenlijst.'));
})();
