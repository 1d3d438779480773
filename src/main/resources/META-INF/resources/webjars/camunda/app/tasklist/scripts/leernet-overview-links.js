// Leernet: the way from Tasklist to Leernet's overview pages. A link "Netwerken" in the header
// (/leernet/netwerken; a participant lands on their own trajectory), and on every task of a
// network a link to that network's page: the task's process instance has the network's code as
// its business key. Read through the engine's REST API with the user's own session.
const base = document.querySelector('base');
const API = `${(base && base.getAttribute('app-root')) || '/camunda'}/api`;
const ENGINE = `${API}/engine/engine/${(base && base.getAttribute('engine-name')) || 'default'}`;

const NAV_ID = 'leernet-netwerken-link';
const TASK_LINK_CLASS = 'leernet-network-link';

function addHeaderLink() {
  if (document.getElementById(NAV_ID)) {
    return;
  }
  const list = document.querySelector('[cam-widget-header] ul[cam-if-logged-in]');
  if (!list) {
    return;
  }
  const item = document.createElement('li');
  item.id = NAV_ID;
  const link = document.createElement('a');
  link.href = '/leernet/netwerken';
  link.textContent = 'Netwerken';
  item.appendChild(link);
  list.appendChild(item);
}

function currentTaskId() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?') >= 0 ? hash.substring(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get('task');
}

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

const networkOfTask = new Map();

async function networkCode(taskId) {
  if (!networkOfTask.has(taskId)) {
    networkOfTask.set(taskId, (async () => {
      const task = await json(`${ENGINE}/task/${encodeURIComponent(taskId)}`);
      if (!task || !task.processInstanceId) {
        return null;
      }
      // the list query, not /process-instance/{id}: for a user who may not read the instance (a
      // participant) it answers an empty list, where the other answers a 404 in the console
      const instances = await json(`${ENGINE}/process-instance?processInstanceIds=${encodeURIComponent(task.processInstanceId)}`);
      return (instances && instances.length && instances[0].businessKey) || null;
    })().catch(() => null));
  }
  return networkOfTask.get(taskId);
}

let linking = false;

async function addTaskLink() {
  const names = document.querySelector('.task-card header .names');
  const taskId = currentTaskId();
  if (!names || !taskId || linking) {
    return;
  }
  const existing = names.querySelector(`.${TASK_LINK_CLASS}`);
  if (existing && existing.dataset.task === taskId) {
    return;
  }
  linking = true;
  try {
    const code = await networkCode(taskId);
    const again = names.querySelector(`.${TASK_LINK_CLASS}`);
    if (again) {
      again.remove();
    }
    if (!code || currentTaskId() !== taskId) {
      return;
    }
    const link = document.createElement('a');
    link.className = TASK_LINK_CLASS;
    link.dataset.task = taskId;
    link.href = `/leernet/netwerken/${encodeURIComponent(code)}`;
    link.textContent = `Netwerk ${code} bekijken`;
    names.appendChild(link);
  } finally {
    linking = false;
  }
}

function update() {
  addHeaderLink();
  addTaskLink();
}

new MutationObserver(update).observe(document.body, { childList: true, subtree: true });
window.addEventListener('hashchange', update);
update();
