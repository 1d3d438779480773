// Leernet: a workaround for Tasklist 7.24 with form-js 1.8. Once a field inside a dynamic list
// (a contact person's e-mail address, say) has shown an error, form-js keeps an empty entry for it
// in its errors after the error is corrected, and Tasklist counts entries, not errors: "Voltooien"
// then stays disabled until the page is reloaded. When no field shows an error any more, tell
// Tasklist the form is valid again. Completing still validates every field first.

const PATCHED = Symbol('leernet-form-validity');

function patch(container) {
  const angular = window.angular;
  const tasklistForm = angular && angular.element(container).controller('camTasklistForm');
  if (!tasklistForm || tasklistForm[PATCHED]) {
    return;
  }
  const notifyFormValidated = tasklistForm.notifyFormValidated;
  tasklistForm.notifyFormValidated = function (invalid) {
    notifyFormValidated.call(this, invalid);
    if (invalid) {
      // after form-js has rendered the errors of this change
      setTimeout(() => {
        if (container.isConnected && !container.querySelector('.fjs-form-field-error')) {
          notifyFormValidated.call(tasklistForm, false);
        }
      }, 0);
    }
  };
  tasklistForm[PATCHED] = true;
}

new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) {
        if (node.matches('.fjs-container')) {
          patch(node);
        }
        node.querySelectorAll('.fjs-container').forEach(patch);
      }
    }
  }
}).observe(document.body, { subtree: true, childList: true });
