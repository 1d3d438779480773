// Leernet: Tasklist shows "Proces starten" and "Taak aanmaken" to everyone and only says no
// (in English) when a user without the right tries. Both stay hidden (styles/user-styles.css)
// until the engine confirms, for the logged-in user, the right they need:
// CREATE on process instances to start a network, CREATE on tasks to create a task.
const base = document.querySelector('base');
const API = `${(base && base.getAttribute('app-root')) || '/camunda'}/api`;
const ENGINE = `${API}/engine/engine/${(base && base.getAttribute('engine-name')) || 'default'}`;

const RIGHTS = [
  // resource types: 8 = process instance, 7 = task
  { cssClass: 'leernet-may-start-process', resourceType: 8, resourceName: 'ProcessInstance' },
  { cssClass: 'leernet-may-create-task', resourceType: 7, resourceName: 'Task' }
];

async function allowed(right) {
  const query = new URLSearchParams({
    permissionName: 'CREATE',
    resourceName: right.resourceName,
    resourceType: String(right.resourceType)
  });
  const response = await fetch(`${ENGINE}/authorization/check?${query}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    return false;
  }
  const answer = await response.json();
  return answer.authorized === true;
}

let checkedFor = null;

async function check() {
  // the user can change (log out, log in as someone else) without a page load
  const user = await fetch(`${API}/admin/auth/user/default`, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  const userId = user && user.userId;
  if (userId === checkedFor) {
    return;
  }
  checkedFor = userId;
  for (const right of RIGHTS) {
    const yes = userId ? await allowed(right).catch(() => false) : false;
    document.documentElement.classList.toggle(right.cssClass, yes);
  }
}

check();
window.addEventListener('hashchange', check);
