// Served only by `serve`, never part of the built site: reloads the page when the site has been rebuilt.
const events = new EventSource('/__serve/events');
events.addEventListener('message', (event) => {
  if (event.data === 'reload') window.location.reload();
});
