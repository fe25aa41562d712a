/**
 * Progressive enhancement of the atlas map (src/components/map/AtlasMap.astro): a tooltip with
 * the paper's title on hover and focus, zoom (buttons, Ctrl + wheel, pinch on a trackpad)
 * and drag to pan by changing the SVG's viewBox, and topic highlighting from the legend or
 * from `?topic=<id>` in the address. Without it the map is still a page of links.
 */

interface View {
  x: number;
  y: number;
  width: number;
  height: number;
}

const maxZoom = 12;

/** Wires up one map figure; does nothing when its parts are missing. */
export function enhanceMap(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('[data-map-svg]');
  const viewport = figure.querySelector<HTMLElement>('[data-map-viewport]');
  const tooltip = figure.querySelector<HTMLElement>('[data-map-tooltip]');
  const controls = figure.querySelector<HTMLElement>('[data-map-controls]');
  if (!svg || !viewport || !tooltip || !controls) return;
  const full: View = { x: 0, y: 0, width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height };
  let view: View = { ...full };
  const markers = [...svg.querySelectorAll<SVGElement>('defs > [id]')];

  // Tooltip: the title of the point under the pointer or with the focus.
  const titleOf = (link: Element): string => {
    const title = link.querySelector('title');
    if (title) {
      // Keep the name for assistive technology but drop <title>, so the browser's own tooltip does not double ours.
      link.setAttribute('aria-label', title.textContent ?? '');
      title.remove();
    }
    return link.getAttribute('aria-label') ?? '';
  };
  const show = (link: Element) => {
    const mark = link.querySelector('use') ?? link;
    tooltip.textContent = titleOf(link);
    tooltip.hidden = false;
    const box = mark.getBoundingClientRect();
    const frame = viewport.getBoundingClientRect();
    const centre = box.left + box.width / 2 - frame.left;
    const left = Math.min(Math.max(centre - tooltip.offsetWidth / 2, 4), frame.width - tooltip.offsetWidth - 4);
    const above = box.top - frame.top - tooltip.offsetHeight - 8;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${above >= 4 ? above : box.bottom - frame.top + 8}px`;
  };
  const hide = () => {
    tooltip.hidden = true;
  };
  const pointOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('[data-map-points] a') : null);
  svg.addEventListener('pointerover', (event) => {
    const link = pointOf(event.target);
    if (link) show(link);
  });
  svg.addEventListener('pointerout', (event) => {
    if (pointOf(event.target)) hide();
  });
  svg.addEventListener('focusin', (event) => {
    const link = pointOf(event.target);
    if (!link) return;
    revealPoint(link);
    show(link);
  });
  svg.addEventListener('focusout', hide);

  // Zoom and pan through the viewBox; markers shrink as the map grows so clusters come apart.
  const apply = () => {
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height}`);
    const zoom = full.width / view.width;
    for (const marker of markers) marker.setAttribute('transform', `scale(${(1 / Math.sqrt(zoom)).toFixed(3)})`);
    svg.classList.toggle('zoomed', zoom > 1.01);
    svg.style.touchAction = zoom > 1.01 ? 'none' : '';
    hide();
  };
  const clampView = (next: View): View => {
    const width = Math.min(full.width, Math.max(full.width / maxZoom, next.width));
    const height = (width / full.width) * full.height;
    return {
      width,
      height,
      x: Math.min(full.width - width, Math.max(0, next.x)),
      y: Math.min(full.height - height, Math.max(0, next.y)),
    };
  };
  /** Zooms by `factor` keeping the map point at fractions (fx, fy) of the view where it is. */
  const zoomBy = (factor: number, fx = 0.5, fy = 0.5) => {
    const width = view.width / factor;
    const height = view.height / factor;
    view = clampView({ x: view.x + (view.width - width) * fx, y: view.y + (view.height - height) * fy, width, height });
    apply();
  };
  const revealPoint = (link: Element) => {
    const use = link.querySelector('use');
    if (!use) return;
    const x = use.x.baseVal.value;
    const y = use.y.baseVal.value;
    if (x >= view.x && x <= view.x + view.width && y >= view.y && y <= view.y + view.height) return;
    view = clampView({ ...view, x: x - view.width / 2, y: y - view.height / 2 });
    apply();
  };
  controls.addEventListener('click', (event) => {
    const action = event.target instanceof Element ? event.target.closest('button')?.dataset['zoom'] : undefined;
    if (action === 'in') zoomBy(1.6);
    if (action === 'out') zoomBy(1 / 1.6);
    if (action === 'reset') {
      view = { ...full };
      apply();
    }
  });
  svg.addEventListener(
    'wheel',
    (event) => {
      // Plain wheel scrolls the page; Ctrl (or a trackpad pinch, which sets it) zooms.
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const box = svg.getBoundingClientRect();
      zoomBy(Math.exp(-event.deltaY * 0.01), (event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
    },
    { passive: false },
  );
  let drag: { x: number; y: number; view: View; moved: boolean } | undefined;
  svg.addEventListener('pointerdown', (event) => {
    if (view.width >= full.width || event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, view: { ...view }, moved: false };
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const box = svg.getBoundingClientRect();
    const dx = ((event.clientX - drag.x) / box.width) * drag.view.width;
    const dy = ((event.clientY - drag.y) / box.height) * drag.view.height;
    if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < 4) return;
    if (!drag.moved) svg.setPointerCapture(event.pointerId);
    drag.moved = true;
    view = clampView({ ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy });
    apply();
  });
  const endDrag = () => {
    // A drag that moved must not also open the paper it started on.
    if (drag?.moved) svg.addEventListener('click', (event) => event.preventDefault(), { capture: true, once: true });
    drag = undefined;
  };
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', () => (drag = undefined));
  controls.hidden = false;

  // Highlighting: hovering or focusing a legend entry lights up its topic; ?topic=<id> pins one.
  const legendLinks = [...figure.querySelectorAll<HTMLAnchorElement>('[data-map-legend] a[data-topic]')];
  const pinned = new URLSearchParams(location.search).get('topic');
  const highlight = (id: string | null) => {
    const known = id !== null && svg.querySelector(`g[data-topic="${CSS.escape(id)}"]`) !== null;
    svg.toggleAttribute('data-highlight', known);
    for (const group of svg.querySelectorAll('[data-topic], [data-label]')) {
      const groupId = group.getAttribute('data-topic') ?? group.getAttribute('data-label');
      group.classList.toggle('on', known && groupId === id);
    }
    for (const link of legendLinks) link.classList.toggle('on', known && link.dataset['topic'] === id);
  };
  for (const link of legendLinks) {
    const on = () => highlight(link.dataset['topic'] ?? null);
    const off = () => highlight(pinned);
    link.addEventListener('pointerenter', on);
    link.addEventListener('pointerleave', off);
    link.addEventListener('focus', on);
    link.addEventListener('blur', off);
  }
  highlight(pinned);
}
