// The catalogue's filters sit in a <details> that htmx replaces with the results (#search-body).
// The page is drawn with it closed, so an update in place tells the server it was open; otherwise
// a phone would close it on every tick and lose the focus on the box just ticked.
document.addEventListener('htmx:configRequest', event => {
  const filters = document.getElementById('filters');
  if (filters && filters.open) {
    event.detail.headers['Praxis-Filters'] = 'open';
  }
});
