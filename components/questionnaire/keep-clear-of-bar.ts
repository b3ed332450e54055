// The step bar sticks to the bottom of the screen; a field focused behind it (Tab, "Next" on a phone
// keyboard, an error focused) would be hidden. Scrolls just enough to show the field above the bar.
const GAP_PX = 16;

export function keepClearOfBar(target: EventTarget | null, bar: HTMLElement | null): void {
  if (!(target instanceof HTMLElement) || !bar || target === bar || bar.contains(target)) return;
  // After the browser's own scroll-into-view for the focus.
  requestAnimationFrame(() => {
    const barTop = bar.getBoundingClientRect().top;
    const box = (target.closest("[data-field]") ?? target).getBoundingClientRect();
    const field = target.getBoundingClientRect();
    // The whole question if it fits above the bar, else at least the focused control.
    const bottom = box.height < barTop - GAP_PX ? box.bottom : field.bottom;
    const overlap = bottom + GAP_PX - barTop;
    if (overlap > 0) window.scrollBy({ top: overlap, behavior: "instant" as ScrollBehavior });
  });
}
