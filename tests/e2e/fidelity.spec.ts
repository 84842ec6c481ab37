// Issues 12 and 15, UI side: "At the talks" apart from "Named in this article", leaders
// only where the text names them, every placing sentence a link; the rule behind each
// quotation's speaker; a spelling variant and an unattributed quotation marked in the
// reader. The markup comes from views/src/participation.rs, views/src/speaker.rs and
// views/src/read/{text,facts,names}.rs (native tests: views/tests/fidelity.rs).
import { Locator, Page } from '@playwright/test';
import { test, expect, openApp, queryOf } from './fixtures';

/** The selected round's panel on the timeline (chart or list form). */
function panel(page: Page): Locator {
  return page.getByTestId('detail-panel');
}

/** Whether `a` comes before `b` in the document. */
async function precedes(a: Locator, b: Locator): Promise<boolean> {
  const other = await b.elementHandle();
  return a.evaluate((x, y) => !!(x.compareDocumentPosition(y!) & Node.DOCUMENT_POSITION_FOLLOWING), other);
}

test.describe('the round panel at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('2024: the two delegation heads the text names, each with the sentence that says so', async ({ page }) => {
    await openApp(page, '?sel=cairo-2024-10');
    const at = panel(page).getByTestId('at-the-talks');
    const named = panel(page).getByTestId('named-in-article');
    await expect(at.getByRole('heading', { name: 'At the talks' })).toBeVisible();
    await expect(named.getByRole('heading', { name: 'Named in this article, by faction' })).toBeVisible();
    expect(await precedes(at, named), '"At the talks" comes first').toBe(true);
    const people = at.locator('li[data-entity]');
    await expect(people).toHaveCount(2);
    const hayya = at.locator('li[data-entity="khalil-al-hayya"]');
    await expect(hayya).toHaveAttribute('data-leads', 'hamas');
    await expect(hayya.locator('.entity-link')).toHaveText('Khalil al-Hayya');
    const placing = hayya.getByRole('link', { name: 'led the Hamas delegation' });
    await expect(placing).toBeVisible();
    await expect(at.locator('li[data-entity="mahmoud-al-aloul"]').getByRole('link', { name: 'led the Fatah delegation' })).toBeVisible();
    // The cue leads to the sentence that places him, marked in the reader.
    const href = (await placing.getAttribute('href'))!;
    expect(new URL(href, page.url()).hash).toBe('#s3');
    await placing.click();
    await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', 'read');
    expect(queryOf(page).a).toBe('cairo-2024-10');
    await expect(page.locator('#s3')).toHaveClass(/targeted/);
    await expect(page.locator('#s3')).toContainText('The Hamas delegation is led by');
  });

  test('2017: nobody placed at the talks; Haniyeh and al-Aruri only named', async ({ page }) => {
    await openApp(page, '?sel=cairo-2017-11');
    const at = panel(page).getByTestId('at-the-talks');
    await expect(at).toContainText('The text places nobody at the talks by name.');
    await expect(at.locator('li[data-entity]')).toHaveCount(0);
    const named = panel(page).getByTestId('named-in-article');
    for (const id of ['ismail-haniyeh', 'salah-al-aruri', 'bassem-naim']) {
      await expect(named.locator(`[data-entity="${id}"]`).first(), id).toBeVisible();
    }
    await expect(named).toContainText('not a claim that they were at the talks');
    // No leader, and no placing link anywhere in the panel.
    await expect(panel(page).locator('[data-leads], .placing')).toHaveCount(0);
  });
});

test.describe('the timeline list at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('2013: they met; no one is shown as a leader', async ({ page }) => {
    await openApp(page, '?sel=cairo-2013-01');
    const entry = page.locator('.tl-entry[data-article="cairo-2013-01"]');
    await expect(entry.locator('.entry-line')).toContainText('at the talks: Nabil Elaraby, Mahmoud Abbas, Khaled Mashaal');
    await expect(entry.locator('.entry-line')).not.toContainText('led by');
    const at = entry.getByTestId('at-the-talks');
    await expect(at).toBeVisible();
    await expect(at.locator('li[data-cue="met-with"]')).toHaveCount(3);
    await expect(at.locator('[data-leads]')).toHaveCount(0);
    await expect(at.getByRole('link', { name: 'met at the talks' })).toHaveCount(3);
    await expect(entry.getByTestId('named-in-article')).toBeVisible();
    // The round line names leaders where the text does.
    await expect(page.locator('.tl-entry[data-article="cairo-2024-10"] .entry-line')).toContainText(
      'Hamas delegation led by Khalil al-Hayya; Fatah delegation led by Mahmoud al-Aloul',
    );
  });
});

test.describe('participation elsewhere at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the map's round says who its text placed at the talks", async ({ page }) => {
    await openApp(page, '?view=map&round=cairo-2024-10');
    const at = page.locator('.round-people').getByTestId('at-the-talks');
    await expect(at).toContainText('At the talks:');
    await expect(at.getByRole('link', { name: 'led the Hamas delegation' })).toBeVisible();
    await openApp(page, '?view=map');
    await expect(page.getByTestId('map-node').first()).toBeVisible();
    await expect(page.locator('.round-people')).toHaveCount(0);
  });

  test('each compared article says who was at the talks', async ({ page }) => {
    await openApp(page, '?view=compare&cmp=cairo-2013-01,cairo-2024-10');
    const column = (id: string) => page.locator(`[data-testid=compare-column][data-article="${id}"]`);
    await expect(column('cairo-2013-01').getByTestId('at-the-talks').locator('li[data-cue="met-with"]')).toHaveCount(3);
    await expect(column('cairo-2013-01').locator('[data-leads], .placing.leader')).toHaveCount(0);
    await expect(column('cairo-2024-10').getByTestId('at-the-talks').getByRole('link', { name: 'led the Fatah delegation' })).toBeVisible();
  });
});

test.describe('the reader at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('each quotation shows the rule that found its speaker', async ({ page }) => {
    await openApp(page, '?view=read&a=cairo-2013-01');
    const rules = page.getByTestId('quote-rule');
    await expect(rules).toHaveCount(5);
    // Elaraby's first words: "subject of told", the verb in italics.
    await expect(rules.first()).toHaveText('speaker: subject of told');
    await expect(rules.first().locator('i')).toHaveText('told');
    // In the text the tag names him and says the rule on hover (its title).
    const tag = page.locator('article.article-text [data-testid=quote-speaker]').first();
    await expect(tag).toHaveText('Nabil Elaraby');
    await expect(tag).toHaveAttribute('title', 'speaker: subject of told');
    // A quoted term is nobody's words, and says so.
    const term = page.locator('article.article-text [data-testid=quote-speaker][data-speaker=term]');
    await expect(term).toHaveCount(1);
    await expect(term).toHaveText('quoted term');
    await expect(term).toHaveAttribute('title', /^no speaker: /);
  });

  // The seeds spell every name as the knowledge base does and attribute every
  // quotation, so this needs an article pasted in with the add-article form (hooks
  // add-article, article-text, article-date, article-outlet, article-submit); the
  // dialog's status links to the article added, in the reader. The text's annotations were checked against the extractor natively:
  // "Musa Abu Marzuk" is a variant of Moussa Abu Marzouk, "he said" after two men is
  // unattributed, "Foreign Minister" is Wang Yi's role.
  test('a pasted article: a variant spelling and an unattributed quotation marked', async ({ page }) => {
    await openApp(page, '?view=read');
    await page.getByTestId('add-article').click();
    await page.getByTestId('article-text').fill(
      'Musa Abu Marzuk met Azzam al-Ahmad in Cairo on Tuesday. Chinese Foreign Minister Wang Yi welcomed the talks. ' +
        'Abbas and Haniyeh met in Cairo. "We agreed on everything," he said.',
    );
    await page.getByTestId('article-date').fill('2026-01-13');
    await page.getByTestId('article-outlet').fill('Test wire');
    await page.getByTestId('article-submit').click();
    await page.getByTestId('article-status').getByRole('link').click();
    await expect(page.getByTestId('add-article-dialog')).toHaveCount(0);
    await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', 'read');
    const text = page.locator('article.article-text');
    // The variant: marked in the text, named for a screen reader, said beside the entity.
    const variant = text.locator('[data-testid=mention][data-entity="moussa-abu-marzouk"][data-variant=true]');
    await expect(variant).toHaveCount(1);
    await expect(variant).toHaveText('Musa Abu Marzuk');
    await expect(variant).toHaveAttribute('aria-label', 'Musa Abu Marzuk (spelling of Moussa Abu Marzouk)');
    await expect(variant).toHaveAttribute('title', /spelled Musa Abu Marzuk here/);
    const note = page.getByTestId('variant-note');
    await expect(note).toHaveCount(1);
    await expect(note).toHaveText('spelled Musa Abu Marzuk here');
    // The unattributed quotation: its own tag in the text, apart in the list, no name.
    const tag = text.locator('[data-testid=quote-speaker][data-speaker=unattributed]');
    await expect(tag).toHaveCount(1);
    await expect(tag).toHaveText('unattributed');
    await expect(tag).toHaveAttribute('title', /^unattributed: /);
    const quote = page.locator('[data-testid=quote][data-speaker=unattributed]');
    await expect(quote.locator('.speaker')).toHaveText('— unattributed');
    await expect(quote.locator('.entity-link')).toHaveCount(0);
    await expect(quote.getByTestId('quote-rule')).toHaveAttribute('data-rule', 'unattributed');
    await expect(page.getByRole('heading', { name: /Quotations \(1, 1 unattributed\)/ })).toBeVisible();
    // The uncurated name with the role its title gives.
    await expect(page.getByTestId('candidate-name').filter({ hasText: 'Wang Yi' })).toContainText('— foreign minister, China');
  });
});
