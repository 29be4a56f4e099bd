// The search box's suggestions as an ARIA combobox with a listbox (the WAI-ARIA Authoring
// Practices' "list autocomplete" pattern). htmx fills #suggestions as the visitor types; this
// script only opens and closes the list and moves through it by keyboard and pointer. The focus
// stays in the box throughout: aria-activedescendant tells a screen reader which option is current.
(() => {
  const input = document.getElementById('q');
  const list = document.getElementById('suggestions');
  if (!input || !list) return;

  let current = -1;
  // Suggestions asked for just before a search arrive after it: they must not cover its results.
  let typedSinceSearch = false;

  const options = () => Array.from(list.querySelectorAll('[role="option"]'));

  function select(index) {
    const all = options();
    current = index;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index < 0) {
      input.removeAttribute('aria-activedescendant');
    } else {
      input.setAttribute('aria-activedescendant', all[index].id);
      all[index].scrollIntoView({block: 'nearest'});
    }
  }

  function show(open) {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) select(-1);
  }

  function choose(option) {
    input.value = option.textContent.trim();
    show(false);
    input.form.requestSubmit();
  }

  input.addEventListener('input', () => { typedSinceSearch = true; });
  input.form.addEventListener('submit', () => { typedSinceSearch = false; show(false); });
  input.addEventListener('blur', () => show(false));

  list.addEventListener('htmx:afterSwap', () => {
    select(-1);
    show(typedSinceSearch && input.value.trim() !== '' && options().length > 0 && document.activeElement === input);
  });

  input.addEventListener('keydown', event => {
    const all = options();
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && all.length > 0) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      show(true);
      // From the box the arrows go to the first or the last option; past either end they wrap round.
      select(current < 0 ? (step > 0 ? 0 : all.length - 1) : (current + step + all.length) % all.length);
    } else if (event.key === 'Enter' && !list.hidden && current >= 0) {
      event.preventDefault();
      choose(all[current]);
    } else if (event.key === 'Escape' && !list.hidden) {
      // The first Escape only closes the list; a search box clears itself on the next one.
      event.preventDefault();
      show(false);
    }
  });

  // Pressing an option must not take the focus from the box before the click chooses it.
  list.addEventListener('mousedown', event => event.preventDefault());
  list.addEventListener('click', event => {
    const option = event.target.closest('[role="option"]');
    if (option) choose(option);
  });
})();
