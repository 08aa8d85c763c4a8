import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { routeFixtures } from '../fixtures/routes';
import { type ExtensionBrowser, findTactBadge, launchWithExtension, waitForTact } from './harness';

/**
 * What renders the UI at run time, in the built extension in Chromium (#15): Preact keeps its root virtual node
 * on the element it renders into (a node whose constructor is `Symbol.for('pv')`), React DOM keys its root and
 * nodes `__reactContainer$…` and `__reactFiber$…`. Checked on the popup, the settings page and the in-page
 * badge (in the content script's own world, inside the closed shadow root). test/unit/uiStack.test.ts checks
 * the built files.
 */

interface Renderer {
  /** Elements holding a Preact root virtual node. */
  preactRoots: number;
  /** React DOM's keys found on any element. */
  reactKeys: string[];
  elements: number;
}

/** Runs in a page or world on an element or shadow root: what rendered into it. */
const rendererOf = (top: Element | ShadowRoot): Renderer => {
  const elements = [...(top instanceof Element ? [top] : []), ...top.querySelectorAll('*')];
  const preactRoots = elements.filter((el) => {
    const vnode = (el as Element & { __k?: { constructor?: unknown } }).__k;
    return vnode?.constructor === Symbol.for('pv');
  });
  const reactKeys = elements.flatMap((el) => Object.keys(el).filter((k) => k.startsWith('__react')));
  return { preactRoots: preactRoots.length, reactKeys, elements: elements.length };
};

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await routeFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

/** What rendered an extension page's #root, once the page drew something. */
async function pageRenderer(page: Page): Promise<Renderer> {
  await page.locator('#root > *').first().waitFor();
  return page.locator('#root').evaluate(rendererOf);
}

describe('the UI renders with Preact, not React DOM', () => {
  test.each(['popup.html', 'options.html'])('%s', async (path) => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      const renderer = await pageRenderer(page);
      expect(renderer.elements).toBeGreaterThan(5);
      expect(renderer.preactRoots).toBe(1);
      expect(renderer.reactKeys).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the in-page badge (content script world, closed shadow root)', async () => {
    const page = await browser.context.newPage();
    try {
      const cdp = await browser.context.newCDPSession(page);
      const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
      await cdp.send('Runtime.enable');
      await page.goto('https://mail.google.com/inpage/gmail.html');
      await waitForTact(page);
      await page.locator('#box').click();
      await page.keyboard.insertText('Calm down, I do not know.');
      await findTactBadge(page).waitFor();

      // The content script's isolated world sees the properties its Preact set on the nodes it rendered.
      const world = worlds.findLast(
        (w) => w.auxData?.type === 'isolated' && w.origin === `chrome-extension://${browser.extensionId}`,
      );
      expect(world, 'the content script runs in its own world').toBeDefined();
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: '[data-tact-ui="assist"]',
      });
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      expect(shadow?.shadowRootType).toBe('closed');
      const { object } = await cdp.send('DOM.resolveNode', {
        backendNodeId: shadow!.backendNodeId,
        executionContextId: world!.id,
      });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function () { return (${rendererOf})(this); }`,
        returnByValue: true,
      });
      expect(exceptionDetails).toBeUndefined();
      const renderer = result.value as Renderer;
      expect(renderer.elements).toBeGreaterThan(2);
      expect(renderer.preactRoots).toBe(1);
      expect(renderer.reactKeys).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
