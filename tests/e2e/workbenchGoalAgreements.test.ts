import type { Locator, Page } from 'playwright-core';
import { screenshot, accessibilityViolations } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { CatalogueRepository } from '../../src/data/catalogueRepository';
import { DepartmentRepository } from '../../src/data/departmentRepository';
import { GoalAgreementRepository } from '../../src/data/goalAgreementRepository';
import { SiteLists } from '../../src/data/sp/siteLists';
import type { Department, GoalAgreement } from '../../src/domain';
import { currentPlanPeriod } from '../../src/domain';
import { todayInCouncil } from '../../src/domain';
import { isReviewDue } from '../../src/app/goalAgreements/agreementOverview';

const coordinator = 'koordination@stadt.example';

describe('local workbench: goal agreements in a real Chromium', () => {
  const session = useWorkbenchSession();
  let workbench: RunningWorkbench;
  let page: Page;
  let agreements: GoalAgreementRepository;
  const year = Number(todayInCouncil(new Date()).slice(0, 4));
  let departments: Department[];
  /** A department without an agreement this year that leads at least two measures: the one to agree with. */
  let toAgree: Department;
  let toAgreeMeasures: string[];
  /** Another department whose agreement of last year waits for its review, with at least two items. */
  let toReview: Department;

  const label = (department: Department): string => `${department.number} ${department.name}`;

  /** `YYYY-MM-DD` of the first Monday–Friday at least `days` days ahead. */
  function nextWorkday(days: number): string {
    const date = new Date(Date.now() + days * 86_400_000);
    while (date.getUTCDay() === 0 || date.getUTCDay() === 6) {
      date.setUTCDate(date.getUTCDate() + 1);
    }
    return date.toISOString().slice(0, 10);
  }

  beforeAll(async () => {
    const siteUrl = `${session.workbench.url}/sites/integration`;
    const lists = new SiteLists(createSpForToken({ siteUrl, getToken: async () => coordinator }), '/sites/integration');
    agreements = new GoalAgreementRepository(lists);
    const catalogue = new CatalogueRepository(lists);
    departments = await new DepartmentRepository(lists).departments();
    const measures = await catalogue.measures(currentPlanPeriod(await catalogue.planPeriods())!.id);
    const [thisYear, lastYear] = await Promise.all([agreements.agreementsOf(year), agreements.agreementsOf(year - 1)]);
    const withAgreement = new Set(thisYear.map((agreement) => agreement.departmentId));
    const due = lastYear.filter((agreement: GoalAgreement) => isReviewDue(agreement, todayInCouncil(new Date())) && !withAgreement.has(agreement.departmentId));
    const free = departments.filter((department) => !withAgreement.has(department.id));
    const leadCount = (department: Department): number => measures.filter((measure) => measure.leadDepartmentId === department.id).length;
    toAgree = free.find((department) => leadCount(department) >= 2)!;
    toAgreeMeasures = measures
      .filter((measure) => measure.leadDepartmentId === toAgree.id)
      .sort((a, b) => (a.number ?? '').localeCompare(b.number ?? '', 'de', { numeric: true }))
      .map((measure) => `${measure.number ?? ''} ${measure.title}`.trim());
    let reviewCandidate: Department | undefined;
    for (const agreement of due) {
      const department = departments.find((candidate) => candidate.id === agreement.departmentId)!;
      if (department.id !== toAgree.id && ((await agreements.load(department.id, year - 1))?.items.length ?? 0) >= 2) {
        reviewCandidate = department;
        break;
      }
    }
    expect(toAgree).toBeDefined();
    expect(reviewCandidate).toBeDefined();
    toReview = reviewCandidate!;
  }, 120_000);

  beforeEach(() => {
    ({ workbench, page } = session);
  });

  async function open(login: string): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(login)}&view=goalAgreements`);
    await page.getByTestId('agreement-overview').waitFor({ timeout: 30_000 });
  }

  function item(title: string): Locator {
    return page.getByTestId('agreement-items').getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  }

  /** Fluent draws its own box over the native checkbox; a user clicks the label. */
  async function tick(title: string): Promise<void> {
    await item(title).locator('label').filter({ hasText: /^vereinbart$/ }).click();
    await expect(item(title).getByRole('checkbox', { name: `Vereinbart: ${title}` }).isChecked()).resolves.toBe(true);
  }

  it('shows every department with its state, due reviews and meetings, with the counts on top', async () => {
    await open(coordinator);
    const rows = page.getByTestId('agreement-overview').getByRole('row');
    await expect(rows.count()).resolves.toBe(departments.length + 1);
    const counts = await page.getByTestId('overview-counts').innerText();
    const withoutMeeting = /(\d+) von (\d+) Fachbereichen ohne Termin/.exec(counts);
    expect(withoutMeeting).not.toBeNull();
    expect(Number(withoutMeeting![2])).toBe(departments.length);
    const noMeetingCells = await page.getByTestId('agreement-overview').getByText('kein Termin', { exact: true }).count();
    // A proposed but unbooked meeting also counts as "without".
    expect(Number(withoutMeeting![1])).toBeGreaterThanOrEqual(noMeetingCells);
    await expect(page.getByTestId(`state-${toAgree.number}`).innerText()).resolves.toBe('keine');
    await expect(page.getByTestId(`review-${toReview.number}`).innerText()).resolves.toBe('fällig');
    await expect(page.getByTestId(`meeting-${toAgree.number}`).innerText()).resolves.toMatch(/^(kein Termin|\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}|vorgeschlagen: .*)$/);
    const dueCount = /(\d+) Überprüfungen fällig/.exec(counts);
    await expect(page.getByTestId('agreement-overview').getByText('fällig', { exact: true }).count()).resolves.toBe(Number(dueCount![1]));
    await screenshot(page, 'goal-agreements-overview-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The tabs are reachable by keyboard: arrow keys move between them.
    await page.getByRole('tab', { name: 'Übersicht' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('Vereinbarung');
  });

  it('creates a draft, refuses to agree without targets, agrees two measures with targets and keeps them', async () => {
    await open(coordinator);
    await page.getByRole('button', { name: `Zielvereinbarung ${year} öffnen: ${label(toAgree)}` }).click();
    await page.getByTestId('agreement-workspace').waitFor();
    await expect(page.getByTestId('agreement-state').innerText()).resolves.toBe('Stand: keine');
    const [first, second] = toAgreeMeasures;
    await tick(first);
    await tick(second);
    await item(first).getByRole('textbox', { name: /^Ziel/ }).fill('Zwei neue Kurse bis Jahresende');
    await expect(page.getByTestId('save-state').innerText()).resolves.toBe('Nicht gespeicherte Änderungen');
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await page.getByTestId('save-state').getByText('Gespeichert.').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('agreement-state').innerText()).resolves.toBe('Stand: Entwurf');

    // The second measure has no target yet: agreeing says so on its row, and nothing is concluded.
    await page.getByRole('button', { name: 'Vereinbaren' }).click();
    await page.getByTestId('agreement-problems').getByText(`Bitte für „${second}“ ein Ziel eingeben.`).waitFor();
    await expect(item(second).innerText()).resolves.toContain(`Bitte für „${second}“ ein Ziel eingeben.`);
    await expect(page.getByTestId('agreement-state').innerText()).resolves.toBe('Stand: Entwurf');
    await screenshot(page, 'goal-agreements-problems-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    await item(second).getByRole('textbox', { name: /^Ziel/ }).fill('Konzept im Ausschuss vorstellen');
    await item(second).getByRole('combobox', { name: /^Verantwortlich/ }).click();
    const contact = page.getByRole('option').nth(1);
    const contactName = await contact.innerText();
    await contact.click();
    await page.getByRole('button', { name: 'Vereinbaren' }).click();
    await page.getByTestId('save-state').getByText('Die Zielvereinbarung ist vereinbart.').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('agreement-state').innerText()).resolves.toBe('Stand: vereinbart');
    const table = page.getByTestId('agreed-items');
    await expect(table.getByRole('row').count()).resolves.toBe(3);
    await expect(table.innerText()).resolves.toContain('Konzept im Ausschuss vorstellen');
    await expect(table.innerText()).resolves.toContain(contactName);
    await screenshot(page, 'goal-agreements-agreed-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    const stored = await agreements.load(toAgree.id, year);
    expect(stored?.agreement.status).toBe('agreed');
    expect(stored?.items.map((entry) => [entry.title, entry.target]).sort()).toEqual(
      [
        [first, 'Zwei neue Kurse bis Jahresende'],
        [second, 'Konzept im Ausschuss vorstellen']
      ].sort()
    );
    expect(stored?.items.find((entry) => entry.title === second)?.responsibleContactId).toBeDefined();

    await page.reload();
    await page.getByTestId('agreement-overview').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId(`state-${toAgree.number}`).innerText()).resolves.toBe('vereinbart');
  });

  it("keeps the user's input visible on a conflicting save until they reload", async () => {
    await open(coordinator);
    // A draft of next year for the department agreed above, changed behind the user's back.
    const draft = await agreements.createDraft(toAgree.id, year + 1);
    await page.getByRole('combobox', { name: 'Jahr' }).click();
    await page.getByRole('option', { name: String(year + 1) }).click();
    await page.getByRole('button', { name: `Zielvereinbarung ${year + 1} öffnen: ${label(toAgree)}` }).click();
    await expect(page.getByTestId('agreement-state').innerText()).resolves.toBe('Stand: Entwurf');
    await agreements.save(draft, { notes: 'Vom Büro parallel ergänzt.', items: [] });

    const [first] = toAgreeMeasures;
    await tick(first);
    await item(first).getByRole('textbox', { name: /^Ziel/ }).fill('Meine Eingabe');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByTestId('agreement-conflict').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('agreement-conflict').innerText()).resolves.toContain('Jemand anderes hat diese Zielvereinbarung inzwischen geändert');
    await expect(item(first).getByRole('textbox', { name: /^Ziel/ }).inputValue()).resolves.toBe('Meine Eingabe');
    await screenshot(page, 'goal-agreements-conflict-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Neu laden' }).click();
    await expect(page.getByRole('textbox', { name: 'Notizen zur Vereinbarung' }).inputValue()).resolves.toBe('Vom Büro parallel ergänzt.');
    await expect(item(first).getByRole('checkbox', { name: `Vereinbart: ${first}` }).isChecked()).resolves.toBe(false);
  });

  it('says exactly what was and was not saved when a save went through only in part, and shows the stored state', async () => {
    await open(coordinator);
    await page.getByRole('combobox', { name: 'Jahr' }).click();
    await page.getByRole('option', { name: String(year + 1) }).click();
    await page.getByRole('button', { name: `Zielvereinbarung ${year + 1} öffnen: ${label(toAgree)}` }).click();
    await expect(page.getByTestId('agreement-state').innerText()).resolves.toBe('Stand: Entwurf');
    const [first] = toAgreeMeasures;
    await tick(first);
    await item(first).getByRole('textbox', { name: /^Ziel/ }).fill('Zwei Kurse mehr');
    await page.getByRole('textbox', { name: 'Notizen zur Vereinbarung' }).fill('Haushalt beantragt.');
    // The notes go out alone and are saved; the $batch with the new item, and the read-back by its key, fail.
    await workbench.injectFault({ status: 500, count: 2, path: '\\$batch' });
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const report = page.getByTestId('agreement-partly-saved');
    await report.waitFor({ timeout: 30_000 });
    await expect(report.innerText()).resolves.toContain('Nur ein Teil wurde gespeichert');
    await expect(report.getByTestId('agreement-not-saved').innerText()).resolves.toContain(`${first} (hinzugefügt)`);
    await expect(report.getByTestId('agreement-saved').innerText()).resolves.toBe('Notizen zur Vereinbarung');
    // The form shows what is stored: the notes, and the measure not (yet) agreed.
    await expect(page.getByRole('textbox', { name: 'Notizen zur Vereinbarung' }).inputValue()).resolves.toBe('Haushalt beantragt.');
    await expect(item(first).getByRole('checkbox', { name: `Vereinbart: ${first}` }).isChecked()).resolves.toBe(false);
    await screenshot(page, 'goal-agreements-partly-saved-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Saving again builds on the stored state: no conflict with the own earlier save.
    await workbench.clearFaults();
    await tick(first);
    await item(first).getByRole('textbox', { name: /^Ziel/ }).fill('Zwei Kurse mehr');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByTestId('save-state').getByText('Gespeichert.').waitFor({ timeout: 30_000 });
    const stored = (await agreements.load(toAgree.id, year + 1))!;
    expect([stored.agreement.notes, stored.items.map((entry) => [entry.title, entry.target])]).toEqual(['Haushalt beantragt.', [[first, 'Zwei Kurse mehr']]]);
  });

  it("reviews last year's agreement and shows next year's draft with the unfinished measures carried over", async () => {
    const before = (await agreements.load(toReview.id, year - 1))!;
    await open(coordinator);
    await page.getByRole('button', { name: `Zielvereinbarung ${year - 1} überprüfen: ${label(toReview)}` }).click();
    const reviewItems = page.getByTestId('review-items');
    await reviewItems.waitFor();

    // Nothing recorded yet: completing says what is missing.
    await page.getByRole('button', { name: 'Überprüfung abschließen' }).click();
    await page.getByTestId('review-problems').getByText(`Bitte die Zielerreichung für „${before.items[0].title}“ angeben.`).waitFor();
    await screenshot(page, 'goal-agreements-review-problems-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    const [unfinished, ...rest] = before.items;
    const entry = (title: string): Locator => reviewItems.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    await entry(unfinished.title).getByRole('radiogroup').locator('label').filter({ hasText: /^teilweise erreicht$/ }).click();
    await entry(unfinished.title).getByRole('textbox', { name: /^Begründung/ }).fill('Träger erst ab Herbst verfügbar.');
    for (const done of rest) {
      await entry(done.title).getByRole('radiogroup').locator('label').filter({ hasText: /^erreicht$/ }).click();
    }
    await page.getByRole('button', { name: 'Überprüfung abschließen' }).click();
    const notice = page.getByTestId('notice');
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.innerText()).resolves.toContain(`Die Zielvereinbarung ${year - 1} ist überprüft. Der Entwurf für ${year} enthält 1 übernommene Maßnahme.`);
    await expect(page.getByTestId('agreement-state').innerText()).resolves.toBe('Stand: Entwurf');
    const carried = item(unfinished.title);
    await expect(carried.innerText()).resolves.toContain(`aus ${year - 1} übernommen`);
    await expect(carried.getByRole('checkbox', { name: `Vereinbart: ${unfinished.title}` }).isChecked()).resolves.toBe(true);
    // Achieved measures are done with: only the unfinished one comes along.
    await expect(page.getByTestId('agreement-items').getByText(`aus ${year - 1} übernommen`).count()).resolves.toBe(1);
    await screenshot(page, 'goal-agreements-next-draft-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The meeting for the new agreement: the booking panel comes prefilled from the agreement.
    await page.getByRole('button', { name: 'Termin buchen' }).click();
    const panel = page.getByRole('dialog', { name: 'Termin buchen' });
    const subject = panel.getByRole('textbox', { name: 'Betreff' });
    await subject.waitFor({ timeout: 30_000 });
    await expect(subject.inputValue()).resolves.toBe(`Zielvereinbarungsgespräch ${year} – FB ${label(toReview)}`);
    const agenda = await panel.getByRole('textbox', { name: 'Tagesordnung' }).inputValue();
    expect(agenda).toContain(`Überprüfung der Zielvereinbarung ${year - 1}:\n- ${unfinished.title}`);
    expect(agenda).toContain(`Zu vereinbarende Maßnahmen ${year}:\n- ${unfinished.title}`);
    await screenshot(page, 'goal-agreements-booking-de');
    const day = nextWorkday(21);
    await panel.getByRole('textbox', { name: 'Tag', exact: true }).fill(day);
    await panel.locator('input[type="time"]').fill('10:00');
    await panel.getByRole('button', { name: 'Buchen', exact: true }).click();
    // Once booked, the agreement shows the meeting.
    await page.getByTestId('agreement-meeting').getByText(`Gespräch: ${day.split('-').reverse().join('.')}, 10:00`, { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByRole('dialog').getByRole('button', { name: 'Schließen' }).click();
    // While the panel closes, the page behind it is still hidden from the accessibility tree.
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('button', { name: 'Termin anzeigen' }).first().waitFor({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Termin anzeigen' }).count()).resolves.toBe(1);

    const reviewed = (await agreements.load(toReview.id, year - 1))!;
    expect(reviewed.agreement.status).toBe('reviewed');
    const next = (await agreements.load(toReview.id, year))!;
    expect(next.items.map((nextItem) => [nextItem.measureId, nextItem.carriedOverFrom])).toEqual([[unfinished.measureId, unfinished.id]]);
  });

  it("shows a department contact only the own department, read-only, and lets them comment", async () => {
    const contact = workbench.users.find((user) => user.role === 'department' && user.department === '50') ?? workbench.users.find((user) => user.role === 'department' && user.department)!;
    const own = departments.find((department) => department.number === contact.department)!;
    await open(contact.login);
    await page.getByText('Sie sehen die Zielvereinbarungen Ihres Fachbereichs').waitFor();
    const rows = page.getByTestId('agreement-overview').getByRole('row');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(1).innerText()).resolves.toContain(label(own));
    await screenshot(page, 'goal-agreements-department-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Zielvereinbarung ${year} öffnen: ${label(own)}` }).click();
    await page.getByTestId('agreement-workspace').waitFor();
    await expect(page.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^(Speichern|Entwurf anlegen|Vereinbaren|Termin buchen)$/ }).count()).resolves.toBe(0);
    // The department picker offers the own department only.
    await page.getByTestId('department-picker').click();
    await expect(page.getByRole('option').count()).resolves.toBe(1);
    await page.keyboard.press('Escape');

    // The office has remarked on the agreement already: the contact may read that, not change it.
    const officeRemark = `Hinweis des Büros an FB ${own.number}: bitte Zahlen zum Halbjahr.`;
    await agreements.addComment((await agreements.load(own.id, year))!.agreement, officeRemark);
    await page.getByRole('tab', { name: 'Anmerkungen' }).click();
    const comments = page.getByTestId('agreement-comments');
    await comments.waitFor();
    const byText = (content: string) => comments.getByRole('listitem').filter({ hasText: content });
    await byText(officeRemark).waitFor();
    await expect(byText(officeRemark).getByRole('button', { name: /^(Bearbeiten|Löschen)$/ }).count()).resolves.toBe(0);
    const text = `Rückmeldung aus FB ${own.number}: Zielwert ist ambitioniert, aber machbar.`;
    await comments.getByRole('textbox', { name: 'Neue Anmerkung' }).fill(text);
    await comments.getByRole('button', { name: 'Anmerkung hinzufügen' }).click();
    await comments.getByText('Anmerkung hinzugefügt.').waitFor({ timeout: 30_000 });
    await comments.getByText(text).waitFor();
    await screenshot(page, 'goal-agreements-comments-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Their own comment they may change.
    const edited = `${text} Nachtrag: ab Herbst.`;
    await byText(text).getByRole('button', { name: 'Bearbeiten' }).click();
    await comments.getByRole('textbox', { name: 'Anmerkung bearbeiten' }).fill(edited);
    await comments.getByRole('button', { name: 'Speichern' }).click();
    await byText(edited).getByRole('button', { name: 'Bearbeiten' }).waitFor({ timeout: 30_000 });

    // The office sees the comment too, as changed.
    const agreement = (await agreements.load(own.id, year))!;
    await expect(agreements.comments(agreement.agreement.id!).then((list) => list.map((comment) => comment.text))).resolves.toEqual(expect.arrayContaining([officeRemark, edited]));
  });
});
