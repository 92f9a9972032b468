/**
 * Provisioning: makes a SharePoint site hold the schema's lists. It compares the site with
 * src/store/schema.ts and plans only additions (a missing list, column, index or uniqueness);
 * it never deletes, renames or retypes anything, so applying a plan cannot touch data. A column
 * of the wrong type is reported for a person to resolve. Applying twice is a no-op.
 */
import { LIST_NAMES, DATA_COLUMN, KEY_COLUMN, listDef, type ColumnDef, type ListDef } from '../schema';
import { Gateway } from './gateway';
import { DEFAULT_GRAPH_BASE_URL, createGraphClient, type GraphAuthOptions } from './graphClient';
import { fetchSiteLists, findList, sitePath } from './siteLists';

type ColumnKind = ColumnDef['type'] | 'note';

/** The Graph columnDefinition for a column, as POSTed. */
export type ColumnSpec = Record<string, unknown> & { name: string; displayName: string; indexed: boolean; enforceUniqueValues?: boolean };

export type ProvisionStep =
  | { kind: 'createList'; list: ListDef; columns: ColumnSpec[] }
  | { kind: 'addColumn'; list: ListDef; listId: string; column: ColumnSpec }
  | { kind: 'indexColumn'; list: ListDef; listId: string; columnId: string; column: string; unique: boolean };

export interface ProvisionPlan {
  siteId: string;
  webUrl: string;
  steps: ProvisionStep[];
  /** Differences provisioning will not fix because fixing them could change data. */
  problems: string[];
}

interface GraphColumn {
  id: string;
  name: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  text?: { allowMultipleLines?: boolean };
  number?: object;
  boolean?: object;
  dateTime?: object;
}

const FACETS: Record<ColumnDef['type'], Record<string, unknown>> = {
  text: { text: {} },
  number: { number: {} },
  boolean: { boolean: {} },
  dateTime: { dateTime: { format: 'dateTime' } },
};

/** Every column a list needs: its schema columns, then Nokkel (indexed, unique) and Data (JSON). */
export function columnSpecs(list: ListDef): ColumnSpec[] {
  return [
    ...list.columns.map((c) => ({ name: c.name, displayName: c.displayName, indexed: c.indexed, ...FACETS[c.type] })),
    { name: KEY_COLUMN.name, displayName: KEY_COLUMN.displayName, indexed: true, enforceUniqueValues: true, text: {} },
    {
      name: DATA_COLUMN.name,
      displayName: DATA_COLUMN.displayName,
      indexed: false,
      // Plain (not rich) text, and no "append changes": the JSON must come back exactly as written.
      text: { allowMultipleLines: true, textType: 'plain', appendChangesToExistingText: false, linesForEditing: 6 },
    },
  ];
}

function specKind(spec: ColumnSpec): ColumnKind {
  if (spec.text) return (spec.text as { allowMultipleLines?: boolean }).allowMultipleLines ? 'note' : 'text';
  return (['number', 'boolean', 'dateTime'] as const).find((f) => spec[f] !== undefined) ?? 'text';
}

function graphKind(c: GraphColumn): ColumnKind | 'other' {
  if (c.text) return c.text.allowMultipleLines ? 'note' : 'text';
  if (c.number) return 'number';
  if (c.boolean) return 'boolean';
  if (c.dateTime) return 'dateTime';
  return 'other';
}

export interface ProvisionContext {
  gateway: Gateway;
  graphBaseUrl: string;
}

export function provisionContext(opts: { graphBaseUrl?: string; auth: GraphAuthOptions; retry?: { maxRetries?: number; delayMs?: number }; timeoutMs?: number }): ProvisionContext {
  const graphBaseUrl = (opts.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
  const retry = { maxRetries: opts.retry?.maxRetries ?? 3, delayMs: opts.retry?.delayMs ?? 3000 };
  const client = createGraphClient({ graphBaseUrl, auth: opts.auth, ...retry, timeoutMs: opts.timeoutMs ?? 60_000 });
  return { gateway: new Gateway(client, retry), graphBaseUrl };
}

/** A site URL (https://tenant.sharepoint.com/sites/x) or a site id, as the site's id and address. */
export async function resolveSite(ctx: ProvisionContext, site: string): Promise<{ id: string; webUrl: string }> {
  let url: string;
  if (/^https:\/\//i.test(site)) {
    const u = new URL(site);
    const path = decodeURIComponent(u.pathname).replace(/\/+$/, '');
    // GET /sites/{hostname}:/{server-relative-path} resolves a URL; the root site has no path.
    url = path ? `${ctx.graphBaseUrl}/sites/${u.hostname}:${encodeURI(path)}` : `${ctx.graphBaseUrl}/sites/${u.hostname}`;
  } else {
    url = sitePath(ctx.graphBaseUrl, site);
  }
  const { body } = await ctx.gateway.send<{ id: string; webUrl: string }>({ method: 'GET', url: `${url}?$select=id,webUrl` });
  return { id: body.id, webUrl: body.webUrl };
}

export async function planProvisioning(ctx: ProvisionContext, site: { id: string; webUrl: string }): Promise<ProvisionPlan> {
  const siteUrl = sitePath(ctx.graphBaseUrl, site.id);
  const lists = await fetchSiteLists(ctx.gateway, siteUrl);
  const plan: ProvisionPlan = { siteId: site.id, webUrl: site.webUrl, steps: [], problems: [] };
  for (const name of LIST_NAMES) {
    const list = listDef(name);
    const specs = columnSpecs(list);
    const existing = findList(list, lists);
    if (!existing) {
      plan.steps.push({ kind: 'createList', list, columns: specs });
      continue;
    }
    const { body } = await ctx.gateway.send<{ value: GraphColumn[] }>({ method: 'GET', url: `${siteUrl}/lists/${existing.id}/columns` });
    for (const spec of specs) {
      const column = body.value.find((c) => c.name === spec.name);
      if (!column) {
        plan.steps.push({ kind: 'addColumn', list, listId: existing.id, column: spec });
        continue;
      }
      const kind = graphKind(column);
      if (kind !== specKind(spec)) {
        plan.problems.push(`${list.name}.${spec.name} is ${kind} but the schema says ${specKind(spec)}; not changed (that could alter data): fix by hand`);
        continue;
      }
      const unique = spec.enforceUniqueValues === true;
      if ((spec.indexed && !column.indexed) || (unique && !column.enforceUniqueValues)) {
        plan.steps.push({ kind: 'indexColumn', list, listId: existing.id, columnId: column.id, column: spec.name, unique });
      }
    }
  }
  return plan;
}

export function describeStep(step: ProvisionStep): string {
  switch (step.kind) {
    case 'createList':
      return `create list ${step.list.name} ("${step.list.displayName}") with columns ${step.columns.map((c) => c.name).join(', ')}`;
    case 'addColumn':
      return `add column ${step.list.name}.${step.column.name} (${specKind(step.column)}${step.column.indexed ? ', indexed' : ''}${step.column.enforceUniqueValues ? ', unique' : ''})`;
    case 'indexColumn':
      return `index column ${step.list.name}.${step.column}${step.unique ? ' and enforce unique values' : ''}`;
  }
}

export function describePlan(plan: ProvisionPlan): string[] {
  const lines = [`Site ${plan.webUrl}`, `Site id (SHAREPOINT_SITE_ID): ${plan.siteId}`];
  if (plan.steps.length === 0) lines.push('Nothing to do: every list, column and index of the schema is there.');
  else lines.push(`Plan (${plan.steps.length} change${plan.steps.length === 1 ? '' : 's'}):`, ...plan.steps.map((s) => `  + ${describeStep(s)}`));
  for (const p of plan.problems) lines.push(`  ! ${p}`);
  return lines;
}

export async function applyStep(ctx: ProvisionContext, siteId: string, step: ProvisionStep): Promise<void> {
  const siteUrl = sitePath(ctx.graphBaseUrl, siteId);
  switch (step.kind) {
    case 'createList':
      await ctx.gateway.send({
        method: 'POST',
        url: `${siteUrl}/lists`,
        body: { displayName: step.list.displayName, description: step.list.description, columns: step.columns, list: { template: 'genericList' } },
      });
      return;
    case 'addColumn':
      await ctx.gateway.send({ method: 'POST', url: `${siteUrl}/lists/${step.listId}/columns`, body: step.column });
      return;
    case 'indexColumn':
      await ctx.gateway.send({
        method: 'PATCH',
        url: `${siteUrl}/lists/${step.listId}/columns/${step.columnId}`,
        body: step.unique ? { indexed: true, enforceUniqueValues: true } : { indexed: true },
      });
      return;
  }
}

export interface ProvisionResult {
  plan: ProvisionPlan;
  applied: boolean;
}

/** Plans, prints, and with `apply` carries out the plan (then checks that nothing is left to do). */
export async function provision(ctx: ProvisionContext, opts: { site: string; apply: boolean; print: (line: string) => void }): Promise<ProvisionResult> {
  const site = await resolveSite(ctx, opts.site);
  const plan = await planProvisioning(ctx, site);
  for (const line of describePlan(plan)) opts.print(line);
  if (plan.steps.length === 0) return { plan, applied: false };
  if (!opts.apply) {
    opts.print('Dry run: nothing was changed. Run again with --apply to make these changes.');
    return { plan, applied: false };
  }
  for (const step of plan.steps) {
    await applyStep(ctx, site.id, step);
    opts.print(`  done: ${describeStep(step)}`);
  }
  const after = await planProvisioning(ctx, site);
  if (after.steps.length) throw new Error(`Provisioning left ${after.steps.length} change(s) undone: ${after.steps.map(describeStep).join('; ')}`);
  opts.print('Applied: the site now matches the schema.');
  return { plan, applied: true };
}
