import type { EditorHandle, WriteResult } from '../editors/types';
import type { Analysis, AnalyzeInput, Scenario } from '../engine/types';
import { type PanelKey, panelTranslator, type Translate } from '../i18n/panelMessages';
import { coachingFor, type MessageSource, readConversation, type SiteHealth, siteVouches } from '../sites/coach';
import type { CustomerMessage, DraftRegion, SiteAdapter } from '../sites/types';
import { restoreCaret, type SavedCaret, saveCaret } from './caret';
import { DEBOUNCE_MS } from './timing';
import { candidateFromEvent, deepActiveElement, frameDocument, isCandidateField, TACT_UI_ATTR } from './candidates';
import { Highlighter } from './highlights';
import type { Lifetime } from './lifetime';
import { placeBadge, placePanel, rectInTop } from './position';
import { type AssistNotice, type AssistState, INITIAL_STATE } from './state';
import { themeBehind } from './theme';

/** The UI the assistant drives: mounted once, on the first reply box. */
export interface AssistView {
  /** An element in Tact's shadow root where overlay highlight marks are drawn (null: no overlay). */
  layer: HTMLElement | null;
  remove(): void;
}

/** What the assistant needs from its surroundings (the content script passes the real ones; tests fake them). */
export interface ReplyAssistDeps {
  /** Sends the draft to the background for analysis. */
  analyze(input: AnalyzeInput): Promise<Analysis>;
  /** Wraps a reply box for reading and writing (lib/editors). */
  getHandle(el: HTMLElement): EditorHandle | null;
  /**
   * Gets whatever writing into this editor needs ready (the page-world bridge for CKEditor 5, TinyMCE and
   * Lexical): asked when a box is coached, awaited before the first write into it.
   */
  prepareWrite?(handle: EditorHandle): Promise<void>;
  /** Mounts the badge and panel for this assistant. */
  mountView?(assist: ReplyAssist): AssistView | Promise<AssistView>;
  /** Puts text on the clipboard; resolves false when the browser refused. */
  writeClipboard?(text: string): Promise<boolean>;
  /** The window whose document is watched and where the UI is drawn (default: the global one). */
  window?: Window;
  /** Quiet time after the last keystroke before the draft is analysed. */
  debounceMs?: number;
  /** The agent's interface language for notices, asked at each notice (default: English). */
  translator?(): Translate;
  /**
   * Whether an event came from the person at the keyboard (default: the browser's `isTrusted`). Only such
   * events start coaching a box or work the panel's shortcut (#13); tests of the logic may stand in for it.
   */
  isTrusted?(event: Event): boolean;
}

const ENGLISH = panelTranslator('en');

/** Marks a document as watched by one assistant, so a parent frame and the frame's own script don't both. */
const CLAIM_ATTR = 'data-tact-claim';

/** How long a settings change is given to reach the background before the draft is analysed again. */
const SETTINGS_SETTLE_MS = 250;
/** Texts this long are not coached (as Harper skips > 120,000 characters): they are documents, not replies. */
const MAX_DRAFT = 120_000;

/** Pause between looks at the page after DOM mutations (new boxes, iframes, a removed box). */
const SCAN_INTERVAL_MS = 200;

/**
 * Events by which the agent shows that a box is theirs to write in: a press of a key, the mouse or a finger in
 * it. Focus is not one of them, since a page can move focus with a script and the browser calls that trusted.
 */
const AGENT_EVENTS = ['keydown', 'pointerdown', 'mousedown', 'touchstart'] as const;

/** Tact's first write into a box: what to bring back with "Restore original". */
interface Original {
  full: string;
  draft: string;
  whole: boolean;
}

/** The keyboard shortcut that opens and closes the panel (documented in the README). */
export const PANEL_SHORTCUT = 'Alt+Shift+T';

/** Whether a mutation only added or removed Tact's own nodes (its UI host, highlight style, measuring mirror). */
function isOwnMutation(record: MutationRecord): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute(TACT_UI_ATTR));
}

/** The reply box being coached, and what is known about its thread. */
interface ActiveBox {
  el: HTMLElement;
  handle: EditorHandle;
  adapter: SiteAdapter;
  customer: CustomerMessage | null;
  /** Where the customer's message came from; the agent's selection replaces any but the thread's (#14). */
  source: MessageSource | null;
  /** Which of the adapter's parts were found (the popup's readout). */
  health: SiteHealth;
  /** Region of the analysed draft in the editor's text (findings are relative to its start). */
  region: DraftRegion;
  caret: SavedCaret;
  observers: { disconnect(): void }[];
}

/** Finds reply boxes, analyses drafts as the agent types, and carries out the panel's actions. */
export class ReplyAssist {
  private state: AssistState = INITIAL_STATE;
  private readonly listeners = new Set<() => void>();
  private readonly win: Window;
  private readonly token = Math.random().toString(36).slice(2);
  private readonly claimed = new Set<Document>();
  private readonly frameObservers: MutationObserver[] = [];
  private readonly seenFrames = new WeakSet<Element>();
  private active: ActiveBox | null = null;
  private view: AssistView | null = null;
  private viewPromise: Promise<AssistView> | null = null;
  private highlighter: Highlighter | null = null;
  private timer: number | undefined;
  private inFlight = false;
  /** The input of the analysis on screen, to skip asking again for the same one. */
  private lastInput: string | null = null;
  private pending = false;
  private positionQueued = false;
  private scanQueued = false;
  private alive = true;
  private readonly t = (key: PanelKey, ...subs: string[]) => (this.deps.translator?.() ?? ENGLISH)(key, ...subs);
  /** Boxes the agent pressed a key, the mouse or a finger in: only these are coached (#13). */
  private readonly engaged = new WeakSet<Element>();
  /**
   * The draft before Tact's first write, per box, for "Restore original": it stays when the agent works in
   * another box for a while and comes back.
   */
  private readonly originals = new WeakMap<Element, Original>();
  private readonly isTrusted: (event: Event) => boolean;

  constructor(
    private readonly ctx: Lifetime,
    private readonly deps: ReplyAssistDeps,
  ) {
    this.win = deps.window ?? window;
    this.isTrusted = deps.isTrusted ?? ((event) => event.isTrusted);
  }

  /** The current snapshot (stable between changes, for useSyncExternalStore). */
  getState = (): AssistState => this.state;

  /** Calls listener after every state change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts watching the page: focus, new boxes and iframes. */
  start(): void {
    this.ctx.onInvalidated(() => this.teardown());
    this.watchDocument(this.win.document);
    this.ctx.addEventListener(this.win, 'resize', () => this.schedulePosition());
    this.ctx.addEventListener(this.win, 'scroll', () => this.schedulePosition(), { capture: true, passive: true });
    this.checkFocused();
  }

  /** The element being coached, if any. */
  get activeElement(): HTMLElement | null {
    return this.active?.el ?? null;
  }

  /**
   * Whether the coached box, or Tact's panel beside it, has the keyboard focus. Browsers keep a focused
   * element only in the frame that has focus (the others report their body), so exactly one frame of a tab
   * says yes: the one the popup's "Replace draft" is meant for (#13).
   */
  hasFocus(): boolean {
    const active = this.active;
    const focused = deepActiveElement(this.win.document);
    if (!active || !focused) return false;
    return focused === active.el || active.el.contains(focused) || focused.hasAttribute(TACT_UI_ATTR);
  }

  // ---- finding boxes -------------------------------------------------------------------------------------

  private watchDocument(doc: Document): void {
    if (this.claimed.has(doc)) return;
    const root = doc.documentElement;
    if (!root) return;
    const owner = root.getAttribute(CLAIM_ATTR);
    if (owner && owner !== this.token) return;
    root.setAttribute(CLAIM_ATTR, this.token);
    this.claimed.add(doc);
    this.ctx.addEventListener(doc, 'focusin', (e: Event) => this.onFocusIn(e), true);
    this.ctx.addEventListener(doc, 'keydown', (e: Event) => this.onKeyDown(e as KeyboardEvent), true);
    for (const type of AGENT_EVENTS) {
      this.ctx.addEventListener(doc, type, (e: Event) => this.onAgentInput(e), { capture: true, passive: true });
    }
    if (doc !== this.win.document) {
      this.ctx.addEventListener(doc, 'scroll', () => this.schedulePosition(), { capture: true, passive: true });
    }
    // Boxes and iframes that appear later (Gmail's compose, helpdesk reply editors) arrive as DOM mutations.
    const View = doc.defaultView?.MutationObserver ?? MutationObserver;
    const observer = new View((records) => {
      if (records.some((r) => !isOwnMutation(r))) this.scheduleScan();
    });
    observer.observe(root, { childList: true, subtree: true });
    this.frameObservers.push(observer);
    this.watchFrames(doc);
  }

  private watchFrames(doc: Document): void {
    for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe, frame'))) {
      if (this.seenFrames.has(frame)) continue;
      this.seenFrames.add(frame);
      this.ctx.addEventListener(frame, 'load', () => {
        const inner = frameDocument(frame);
        if (inner) this.watchDocument(inner);
      });
      const inner = frameDocument(frame);
      if (inner?.documentElement) this.watchDocument(inner);
    }
  }

  private scheduleScan(): void {
    if (this.scanQueued || !this.alive) return;
    this.scanQueued = true;
    // Webmail apps mutate their DOM all the time: look at most a few times a second, never on every frame.
    this.ctx.setTimeout(() => {
      this.scanQueued = false;
      for (const doc of Array.from(this.claimed)) this.watchFrames(doc);
      if (this.active && !this.active.el.isConnected) this.deactivate();
      this.checkFocused();
      this.schedulePosition();
    }, SCAN_INTERVAL_MS);
  }

  /** A box the agent already worked in that has focus again (without a focus event Tact saw) is activated. */
  private checkFocused(): void {
    const focused = deepActiveElement(this.win.document);
    if (
      focused &&
      focused !== this.active?.el &&
      this.engaged.has(focused) &&
      isCandidateField(focused, this.siteClaims)
    ) {
      this.activate(focused);
    }
  }

  /**
   * A key, mouse or touch press: when the person at the keyboard made it in a reply box, that box is theirs and
   * is coached from now on. A page's script can focus a box and fill it, but cannot make these events (#13).
   */
  private onAgentInput(event: Event): void {
    if (!this.isTrusted(event)) return;
    const el = candidateFromEvent(event, this.siteClaims);
    if (!el) return;
    this.engaged.add(el);
    this.activate(el);
  }

  /**
   * Where the thread's customer message was not found (any site, #14), the agent shows Tact the customer's
   * message by selecting it: the selection is taken as soon as it is made, since clicking back into the reply
   * box collapses it.
   */
  private onSelectionChange(doc: Document, active: ActiveBox): void {
    if (active !== this.active || active.source === 'thread') return;
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    if (active.el.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
    const text = selection.toString().trim();
    if (text.length < 2 || text === active.customer?.text) return;
    active.customer = { text, name: null };
    active.source = 'selection';
    active.health = { ...active.health, customer: true, name: false, source: 'selection' };
    this.setState({ hasCustomerMessage: true, customerName: null, status: 'checking' });
    this.scheduleAnalysis(this.deps.debounceMs ?? DEBOUNCE_MS);
  }

  /** Whether this page's own site adapter (not the generic one) vouches for el as a box to coach. */
  private readonly siteClaims = (el: HTMLElement): boolean =>
    siteVouches({ hostname: this.win.location.hostname }, this.win.document, el);

  private onFocusIn(event: Event): void {
    const el = candidateFromEvent(event, this.siteClaims);
    // Focus alone proves nothing (a page can focus a box and fill it): a box is coached once the agent worked in it.
    if (el && this.engaged.has(el)) this.activate(el);
  }

  /** Makes el the coached box (one at a time) when its site adapter and an editor driver accept it. */
  activate(el: HTMLElement): void {
    if (!this.alive || (this.active && (this.active.el === el || this.active.el.contains(el)))) return;
    const coaching = coachingFor({ hostname: this.win.location.hostname }, this.win.document, el);
    if (!coaching) return;
    const { adapter, box } = coaching;
    const handle = this.deps.getHandle(box);
    if (!handle || handle.element === this.active?.el) return;
    this.deactivate();
    const target = handle.element;
    const { customer, source, health } = readConversation(coaching);
    const active: ActiveBox = {
      el: target,
      handle,
      adapter,
      customer,
      source,
      health,
      region: { start: 0, end: 0 },
      caret: null,
      observers: [],
    };
    this.active = active;
    void this.prepare(handle);
    const onInput = () => this.onChange(active);
    this.ctx.addEventListener(target, 'input', onInput);
    active.observers.push({ disconnect: () => target.removeEventListener('input', onInput) });
    const docView = target.ownerDocument.defaultView;
    const MO = docView?.MutationObserver ?? MutationObserver;
    // Rich editors change the DOM without an input event when they apply their own model updates.
    const mo = new MO(() => this.onChange(active));
    mo.observe(target, { childList: true, subtree: true, characterData: true });
    active.observers.push(mo);
    const RO = (docView as (Window & { ResizeObserver?: typeof ResizeObserver }) | null)?.ResizeObserver;
    if (RO) {
      const ro = new RO(() => this.schedulePosition());
      ro.observe(target);
      active.observers.push(ro);
    }
    if (adapter.id === 'generic') {
      // Only while this box is coached, on its own document: no selection work anywhere else (#13).
      const doc = target.ownerDocument;
      const onSelection = () => this.onSelectionChange(doc, active);
      this.ctx.addEventListener(doc, 'selectionchange', onSelection);
      active.observers.push({ disconnect: () => doc.removeEventListener('selectionchange', onSelection) });
    }
    this.setState({
      ...INITIAL_STATE,
      focusRequest: this.state.focusRequest,
      active: true,
      status: 'checking',
      theme: themeBehind(target),
      site: adapter.id,
      customerName: customer?.name ?? null,
      hasCustomerMessage: customer !== null,
      canRestore: this.originals.has(target),
    });
    this.ensureView();
    this.schedulePosition();
    this.scheduleAnalysis(0);
  }

  /** Stops coaching the current box (the badge disappears). */
  deactivate(): void {
    const active = this.active;
    if (!active) return;
    for (const o of active.observers) o.disconnect();
    this.highlighter?.clear();
    this.active = null;
    this.lastInput = null;
    if (this.timer !== undefined) this.win.clearTimeout(this.timer);
    this.setState({ ...INITIAL_STATE, focusRequest: this.state.focusRequest });
  }

  private ensureView(): void {
    if (this.view || this.viewPromise || !this.deps.mountView) return;
    this.viewPromise = Promise.resolve(this.deps.mountView(this)).then((view) => {
      if (!this.alive) {
        view.remove();
        return view;
      }
      this.view = view;
      this.highlighter = new Highlighter(view.layer, this.win);
      this.paintHighlights();
      return view;
    });
    this.viewPromise.catch(() => {
      this.viewPromise = null;
    });
  }

  // ---- analysis ------------------------------------------------------------------------------------------

  private onChange(active: ActiveBox): void {
    if (active !== this.active) return;
    this.highlighter?.reposition();
    this.scheduleAnalysis(this.deps.debounceMs ?? DEBOUNCE_MS);
  }

  private scheduleAnalysis(delay: number): void {
    if (!this.alive) return;
    if (this.timer !== undefined) this.win.clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => {
      this.timer = undefined;
      void this.runAnalysis();
    }, delay);
  }

  /**
   * Analyses the draft again although it did not change: the settings did (packs, silenced rules, templates,
   * profile), so the same draft now gets another answer. Waits a moment so the background has dropped its copy
   * of the old settings (both hear of the change at about the same time).
   */
  reanalyze(): void {
    this.lastInput = null;
    if (this.active) this.scheduleAnalysis(SETTINGS_SETTLE_MS);
  }

  /** The agent's draft as it is now: the box's text, its draft region and the region's text. */
  private readDraft(active: ActiveBox): { text: string; region: DraftRegion; draft: string } {
    const text = active.handle.readText();
    let region: DraftRegion;
    try {
      region = active.adapter.draftRegion(active.el, text);
    } catch {
      region = { start: 0, end: text.length };
    }
    return { text, region, draft: text.slice(region.start, region.end) };
  }

  private async runAnalysis(): Promise<void> {
    const active = this.active;
    if (!active || !this.alive) return;
    // Only the latest draft is ever in flight: newer keystrokes wait and are analysed when it answers.
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    const { region, draft } = this.readDraft(active);
    const scenario = this.state.scenarioOverride ?? undefined;
    if (!draft.trim() || draft.length > MAX_DRAFT) {
      active.region = region;
      this.lastInput = null;
      this.highlighter?.clear();
      this.setState({ status: 'idle', analysis: null, draft: '' });
      return;
    }
    const input: AnalyzeInput = {
      draft,
      site: active.adapter.id,
      ...(active.customer ? { customer: active.customer.text, customerName: active.customer.name } : {}),
      ...(scenario ? { scenario } : {}),
    };
    // The same draft, context and scenario give the same analysis (the engine is deterministic): don't ask again.
    const key = JSON.stringify(input);
    if (key === this.lastInput && this.state.analysis) {
      if (this.state.status !== 'ready') this.setState({ status: 'ready' });
      return;
    }
    this.inFlight = true;
    this.setState({ status: 'checking' });
    try {
      const analysis = await this.ask(input);
      if (!this.alive || this.active !== active) return;
      active.region = region;
      this.lastInput = key;
      this.setState({ analysis, draft, status: this.pending ? 'checking' : 'ready' });
      this.paintHighlights();
    } catch {
      if (!this.ctx.isValid) {
        this.teardown(); // The extension was updated or removed: go quietly, never throw on the host page.
        return;
      }
      if (this.active === active) this.setState({ status: 'error' });
    } finally {
      this.inFlight = false;
      if (this.pending && this.alive) {
        this.pending = false;
        this.scheduleAnalysis(0);
      }
    }
  }

  /**
   * Asks the background, and once more when that fails: the browser stops an idle service worker (or one
   * that is being updated) and a request in flight then gets no answer, while the next one wakes a fresh
   * worker. Without the second try the badge would show an error until the agent types again (#13).
   */
  private async ask(input: AnalyzeInput): Promise<Analysis> {
    try {
      return await this.deps.analyze(input);
    } catch (error) {
      if (!this.alive || !this.ctx.isValid) throw error;
      return this.deps.analyze(input);
    }
  }

  /** Highlights the findings whose text is still where the analysis found it. */
  private paintHighlights(): void {
    const active = this.active;
    const analysis = this.state.analysis;
    if (!active || !this.highlighter) return;
    if (!analysis) {
      this.highlighter.clear();
      return;
    }
    const text = active.handle.readText();
    const spans = analysis.findings
      .map((f) => ({ start: active.region.start + f.start, end: active.region.start + f.end, text: f.text }))
      .filter((s) => text.slice(s.start, s.end) === s.text);
    this.highlighter.show(active.handle, spans);
  }

  // ---- placement -----------------------------------------------------------------------------------------

  private schedulePosition(): void {
    if (this.positionQueued || !this.alive || !this.active) return;
    this.positionQueued = true;
    this.ctx.requestAnimationFrame(() => {
      this.positionQueued = false;
      this.updatePosition();
    });
  }

  /** Moves the badge and panel with the box (scrolling, resizing, zoom). */
  updatePosition(): void {
    const active = this.active;
    if (!active) return;
    if (!active.el.isConnected) {
      this.deactivate();
      return;
    }
    const rect = rectInTop(active.el, this.win);
    const root = this.win.document.documentElement;
    const viewport = {
      width: root.clientWidth || this.win.innerWidth,
      height: root.clientHeight || this.win.innerHeight,
    };
    const badge = placeBadge(rect, viewport);
    const panel = placePanel(rect, viewport);
    if (
      JSON.stringify(badge) !== JSON.stringify(this.state.badge) ||
      JSON.stringify(panel) !== JSON.stringify(this.state.panel)
    ) {
      this.setState({ badge, panel });
    }
    this.highlighter?.reposition();
  }

  // ---- panel ---------------------------------------------------------------------------------------------

  private onKeyDown(event: KeyboardEvent): void {
    const active = this.active;
    // A page can dispatch a keydown of its own; only the agent's keys open or close the panel (#13).
    if (!active || !this.isTrusted(event)) return;
    const inBox = event.composedPath().includes(active.el);
    const shortcut = event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyT';
    if (shortcut && inBox) {
      event.preventDefault();
      event.stopPropagation();
      this.togglePanel();
      return;
    }
    if (event.key === 'Escape' && inBox && this.state.open) {
      // Esc belongs to Tact while its panel is open; the app's own Esc (e.g. close compose) would lose the draft.
      event.preventDefault();
      event.stopPropagation();
      this.closePanel(false);
    }
  }

  /** Opens the panel and moves focus into it, remembering the caret to put back on close. */
  openPanel(): void {
    const active = this.active;
    if (!active || this.state.open) return;
    if (
      active.el.ownerDocument.activeElement === active.el ||
      active.el.contains(active.el.ownerDocument.activeElement)
    ) {
      active.caret = saveCaret(active.el);
    }
    this.setState({ open: true, focusRequest: this.state.focusRequest + 1, notice: null });
    this.schedulePosition();
  }

  /** Closes the panel; with restoreFocus the caret goes back into the box where it was. */
  closePanel(restoreFocus = true): void {
    if (!this.state.open) return;
    this.setState({ open: false, notice: null });
    if (restoreFocus && this.active) restoreCaret(this.active.el, this.active.caret);
  }

  /** Opens or closes the panel (badge click, keyboard shortcut). */
  togglePanel(): void {
    if (this.state.open) this.closePanel();
    else this.openPanel();
  }

  /** The agent chose a scenario in the panel (null: let Tact recognise it again). */
  setScenario(scenario: Scenario | null): void {
    this.setState({ scenarioOverride: scenario, status: 'checking' });
    this.scheduleAnalysis(0);
  }

  // ---- actions -------------------------------------------------------------------------------------------

  /** Replaces the draft (not the quoted text or signature) with the rewrite. */
  async replaceDraft(): Promise<void> {
    const rewrite = this.state.analysis?.rewrite;
    if (rewrite) await this.replaceDraftWith(rewrite);
  }

  /** Replaces the draft (not the quoted text or signature) with text, keeping the original for "Restore". */
  replaceDraftWith(text: string): Promise<WriteResult> {
    return this.write(text, this.t('noticeReplaced'), (handle, now) =>
      now.whole ? handle.replaceAll(text) : handle.replaceRange(now.region.start, now.region.end, text),
    );
  }

  /** What the coached box holds, for the toolbar popup; null when no box is active. */
  replyState(): {
    draft: string;
    customer?: string;
    customerName?: string | null;
    site: string;
    health: SiteHealth;
    analysis: Analysis | null;
  } | null {
    const active = this.active;
    if (!active) return null;
    const { draft } = this.readDraft(active);
    return {
      draft,
      site: active.adapter.id,
      health: active.health,
      ...(active.customer ? { customer: active.customer.text, customerName: active.customer.name } : {}),
      analysis: this.state.draft === draft ? this.state.analysis : null,
    };
  }

  /** Inserts the rewrite at the caret. */
  async insertAtCursor(): Promise<void> {
    const rewrite = this.state.analysis?.rewrite;
    if (rewrite) await this.write(rewrite, this.t('noticeInserted'), (handle) => handle.insertAtCursor(rewrite));
  }

  /** Applies one finding's replacement in place. */
  async applyFinding(index: number): Promise<void> {
    const active = this.active;
    const finding = this.state.analysis?.findings[index];
    if (!active || !finding || finding.replacement === undefined) return;
    const replacement = finding.replacement;
    const start = active.region.start + finding.start;
    const end = active.region.start + finding.end;
    if (active.handle.readText().slice(start, end) !== finding.text) {
      this.setState({ notice: { kind: 'info', text: this.t('noticeStale') } });
      this.scheduleAnalysis(0);
      return;
    }
    await this.write(replacement, this.t('noticeFixed', finding.text), (handle) =>
      handle.replaceRange(start, end, replacement),
    );
  }

  /** Puts back the draft as it was before Tact's first write into this box. */
  async restoreOriginal(): Promise<void> {
    const el = this.active?.el;
    const original = el ? this.originals.get(el) : undefined;
    if (!original) return;
    await this.write(
      original.draft,
      this.t('noticeRestored'),
      (handle, now) =>
        original.whole && now.whole
          ? handle.replaceAll(original.full)
          : handle.replaceRange(now.region.start, now.region.end, original.draft),
      true,
    );
  }

  /** Copies the rewrite to the clipboard. */
  async copyRewrite(): Promise<void> {
    const rewrite = this.state.analysis?.rewrite;
    if (!rewrite) return;
    const ok = await this.copy(rewrite);
    this.notify(
      ok ? { kind: 'success', text: this.t('noticeCopied') } : { kind: 'error', text: this.t('noticeCopyFailed') },
    );
  }

  private async write(
    text: string,
    success: string,
    op: (handle: EditorHandle, now: { region: DraftRegion; whole: boolean }) => Promise<WriteResult>,
    restoring = false,
  ): Promise<WriteResult> {
    const active = this.active;
    if (!active) return { ok: false, method: 'none', error: 'no reply box' };
    if (this.state.busy) return { ok: false, method: 'none', error: 'another write is running' };
    this.setState({ busy: true, notice: null });
    // Asked for when the box was coached, so normally ready: the draft is read after it, not before.
    await this.prepare(active.handle);
    if (!this.alive || this.active !== active) return { ok: false, method: 'none', error: 'the box changed' };
    const before = this.readDraft(active);
    const whole = before.text.trim() === before.draft.trim();
    // Writers need the editor focused with its caret where the agent left it (execCommand acts on the selection).
    restoreCaret(active.el, active.caret);
    let result: WriteResult;
    try {
      result = await op(active.handle, { region: before.region, whole });
    } catch (error) {
      result = { ok: false, method: 'none', error: String(error) };
    }
    if (!this.alive || this.active !== active) return result;
    if (result.ok) {
      if (restoring) this.originals.delete(active.el);
      else if (!this.originals.has(active.el))
        this.originals.set(active.el, { full: before.text, draft: before.draft, whole });
      try {
        active.adapter.afterWrite?.(active.el);
      } catch {
        // The quirk is best effort; the text is written.
      }
      active.caret = saveCaret(active.el);
      this.setState({
        busy: false,
        canRestore: this.originals.has(active.el),
        notice: { kind: 'success', text: success },
      });
      this.scheduleAnalysis(0);
      return result;
    }
    const onClipboard = result.method === 'clipboard' || (await this.copy(text));
    this.setState({
      busy: false,
      notice: {
        kind: 'error',
        text: onClipboard ? this.t('noticeWriteFailedCopied') : this.t('noticeWriteFailed'),
      },
    });
    return result;
  }

  /** Readies writing into the editor; never fails (a write without it tries the other rungs). */
  private async prepare(handle: EditorHandle): Promise<void> {
    try {
      await this.deps.prepareWrite?.(handle);
    } catch {
      // The rungs that need nothing from the page still try.
    }
  }

  private async copy(text: string): Promise<boolean> {
    if (this.deps.writeClipboard) return this.deps.writeClipboard(text);
    try {
      await this.win.navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  private notify(notice: AssistNotice): void {
    this.setState({ notice });
  }

  // ---- lifetime ------------------------------------------------------------------------------------------

  /** Removes the UI, observers and claims; safe to call twice. Listeners and timers go with the ctx. */
  teardown(): void {
    if (!this.alive) return;
    this.deactivate();
    this.alive = false;
    for (const o of this.frameObservers) o.disconnect();
    for (const doc of this.claimed) {
      try {
        if (doc.documentElement?.getAttribute(CLAIM_ATTR) === this.token)
          doc.documentElement.removeAttribute(CLAIM_ATTR);
        for (const s of Array.from(doc.querySelectorAll(`style[${TACT_UI_ATTR}]`))) s.remove();
      } catch {
        // A frame may be gone already.
      }
    }
    this.claimed.clear();
    this.view?.remove();
    this.view = null;
    this.listeners.clear();
  }

  private setState(patch: Partial<AssistState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of Array.from(this.listeners)) listener();
  }
}

/** Starts the reply assistant for a content script's lifetime. */
export function startReplyAssist(ctx: Lifetime, deps: ReplyAssistDeps): ReplyAssist {
  const assist = new ReplyAssist(ctx, deps);
  assist.start();
  return assist;
}
