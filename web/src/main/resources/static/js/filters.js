// The catalogue's filters sit in a <details> that htmx replaces with the results (#search-body).
// The page is drawn with it closed, so an update in place tells the server it was open; otherwise
// a phone would close it on every tick and lose the focus on the box just ticked.
document.addEventListener('htmx:configRequest', event => {
  const filters = document.getElementById('filters');
  if (filters && filters.open) {
    event.detail.headers['Praxis-Filters'] = 'open';
  }
});

// Wide enough for two columns (the width praxis.css hides the toggle at), the filters are simply
// open: a closed <details> whose content CSS shows is still "closed" to the browser, so its boxes
// could not be ticked by everyone (WebDriver and some assistive tools treat them as hidden).
const twoColumns = window.matchMedia('(width > 40rem)');
function openOnWideScreens() {
  const filters = document.getElementById('filters');
  if (filters && twoColumns.matches) {
    filters.open = true;
  }
}
openOnWideScreens();
twoColumns.addEventListener('change', openOnWideScreens);
document.addEventListener('htmx:afterSwap', openOnWideScreens);
