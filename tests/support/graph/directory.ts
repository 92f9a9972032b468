/**
 * Entra ID for the Graph stand-in: users, groups and their members, and the two delta queries the
 * organisation sync uses, behaving as Microsoft Graph documents them (learn.microsoft.com:
 * "group: delta", "user: delta", "Use delta query to track changes"):
 * - the first request (no token) returns the current state, paged with `@odata.nextLink`
 *   ($skiptoken); the last page carries `@odata.deltaLink` ($deltatoken);
 * - the deltaLink later returns only what changed since it was issued, then a new deltaLink;
 * - query options ($select, $filter) are given on the first request only and live on in the
 *   tokens; `$filter` takes `id eq '…'` joined with `or`, at most 50 ids;
 * - groups carry `members@delta`: added members as `{ "@odata.type", id }`, removed ones with
 *   `"@removed": { "reason": "deleted" }`; a group with many members is split over several pages,
 *   the group object repeated with the next part of its members;
 * - a deleted user appears with `"@removed": { "reason": "changed" }` (soft delete) and leaves
 *   every group (which the groups' delta reports as removed members).
 * Page sizes (users 200 a page, 100 member entries a page) are this stand-in's choice; Graph does
 * not promise a size, and the client follows links whatever they are.
 */
import { type StandInRequest, type StandInResponse, GraphHttpError, badRequest } from './http';
import type { Route } from './routes';

export interface DirUser {
  id: string;
  displayName: string;
  jobTitle: string | null;
  deleted?: boolean;
}

type Endring = { seq: number; kind: 'user'; id: string } | { seq: number; kind: 'member'; group: string; user: string; added: boolean };

interface Token {
  kind: 'groups' | 'users';
  /** Ids from $filter; undefined: every group or user. */
  ids?: string[];
  select?: string[];
  /** Changes after this sequence number (delta); -1: the full state (first round). */
  since: number;
  /** The sequence number this round reads up to (the deltaLink's next `since`). */
  upTo: number;
  /** Where in this round's result the next page starts. */
  offset: number;
}

export const USERS_PAGE = 200;
export const MEMBERS_PAGE = 100;
const MAX_FILTER_IDS = 50;

const encode = (t: Token) => Buffer.from(JSON.stringify(t)).toString('base64url');

function decode(s: string): Token {
  try {
    return JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Token;
  } catch {
    throw badRequest('Invalid delta or skip token.');
  }
}

/** `id eq 'a' or id eq 'b'` → ['a', 'b']; anything else is refused, as Graph refuses it on delta. */
function parseIdFilter(filter: string): string[] {
  const parts = filter.split(/\s+or\s+/i).map((p) => /^\s*id\s+eq\s+'([^']+)'\s*$/i.exec(p)?.[1]);
  if (parts.some((p) => p === undefined)) throw badRequest(`Unsupported filter on delta: '${filter}'. Only 'id eq' joined with 'or' is supported.`);
  if (parts.length > MAX_FILTER_IDS) throw badRequest(`Too many ids in the filter: at most ${MAX_FILTER_IDS}.`);
  return parts as string[];
}

export class Directory {
  readonly users = new Map<string, DirUser>();
  readonly groups = new Map<string, { id: string; displayName: string; members: Set<string> }>();
  private readonly changes: Endring[] = [];
  private seq = 0;

  addUser(u: { id: string; displayName: string; jobTitle?: string | null }): void {
    this.users.set(u.id, { id: u.id, displayName: u.displayName, jobTitle: u.jobTitle ?? null });
    this.changes.push({ seq: ++this.seq, kind: 'user', id: u.id });
  }

  updateUser(id: string, change: Partial<Pick<DirUser, 'displayName' | 'jobTitle'>>): void {
    const u = this.users.get(id);
    if (!u) throw new Error(`no user ${id}`);
    Object.assign(u, change);
    this.changes.push({ seq: ++this.seq, kind: 'user', id });
  }

  /** Soft-deletes the user, who leaves every group. */
  deleteUser(id: string): void {
    const u = this.users.get(id);
    if (!u) throw new Error(`no user ${id}`);
    u.deleted = true;
    for (const g of this.groups.values()) if (g.members.has(id)) this.removeMember(g.id, id);
    this.changes.push({ seq: ++this.seq, kind: 'user', id });
  }

  addGroup(id: string, displayName: string): void {
    this.groups.set(id, { id, displayName, members: new Set() });
  }

  addMember(group: string, user: string): void {
    this.group(group).members.add(user);
    this.changes.push({ seq: ++this.seq, kind: 'member', group, user, added: true });
  }

  removeMember(group: string, user: string): void {
    this.group(group).members.delete(user);
    this.changes.push({ seq: ++this.seq, kind: 'member', group, user, added: false });
  }

  private group(id: string) {
    const g = this.groups.get(id);
    if (!g) throw new Error(`no group ${id}`);
    return g;
  }

  route(method: string, path: string): Route | undefined {
    if (method !== 'GET') return undefined;
    if (path === '/groups/delta' || path === '/groups/microsoft.graph.delta()') return { label: 'GET groups/delta', run: (req) => this.delta('groups', req) };
    if (path === '/users/delta' || path === '/users/microsoft.graph.delta()') return { label: 'GET users/delta', run: (req) => this.delta('users', req) };
    if (path === '/users') return { label: 'GET users', run: (req) => this.list(req) };
    const id = /^\/users\/([^/]+)$/.exec(path)?.[1];
    if (id) return { label: 'GET user', run: (req) => this.one(decodeURIComponent(id), req) };
    return undefined;
  }

  /** `GET /users/{id}` with `$select`: the user, or 404 `Request_ResourceNotFound` as Graph answers for an unknown or deleted id. */
  private one(id: string, req: StandInRequest): StandInResponse {
    const u = this.users.get(id);
    if (!u || u.deleted) throw new GraphHttpError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
    return { status: 200, body: { '@odata.context': `${req.origin}/v1.0/$metadata#users/$entity`, ...this.props(u, req) } };
  }

  private props(u: DirUser, req: StandInRequest): Record<string, unknown> {
    const select = req.query.get('$select')?.split(',').map((s) => s.trim());
    const props: Record<string, unknown> = { id: u.id, displayName: u.displayName, jobTitle: u.jobTitle };
    return select ? Object.fromEntries(Object.entries(props).filter(([k]) => select.includes(k))) : props;
  }

  /**
   * `GET /users` with `$filter=startswith(displayName,'x') or startswith(givenName,'x') or …` (the
   * filter Graph supports on users without advanced query headers), `$select` and `$top`; given and
   * surname are read off the display name. Other filters are refused, as this stand-in knows no more.
   */
  private list(req: StandInRequest): StandInResponse {
    const filter = req.query.get('$filter') ?? '';
    const clauses = filter ? filter.split(/\s+or\s+/i).map((c) => /^\s*startswith\((displayName|givenName|surname),'((?:[^']|'')*)'\)\s*$/i.exec(c)) : [];
    if (clauses.some((c) => !c)) throw badRequest(`Unsupported filter on users: '${filter}'.`);
    const top = Math.min(Number(req.query.get('$top') ?? 100) || 100, 999);
    const part = (u: DirUser, field: string) => {
      const words = u.displayName.split(/\s+/);
      return (field.toLowerCase() === 'givenname' ? words[0] : field.toLowerCase() === 'surname' ? words.at(-1) : u.displayName) ?? '';
    };
    const match = (u: DirUser) => clauses.length === 0 || clauses.some((c) => part(u, c![1]!).toLowerCase().startsWith(c![2]!.replace(/''/g, "'").toLowerCase()));
    const value = [...this.users.values()]
      .filter((u) => !u.deleted && match(u))
      .slice(0, top)
      .map((u) => this.props(u, req));
    return { status: 200, body: { '@odata.context': `${req.origin}/v1.0/$metadata#users`, value } };
  }

  private delta(kind: 'groups' | 'users', req: StandInRequest): StandInResponse {
    const skip = req.query.get('$skiptoken');
    const delta = req.query.get('$deltatoken');
    let token: Token;
    if (skip) token = decode(skip);
    else if (delta) {
      const last = decode(delta);
      token = { ...last, since: last.upTo, upTo: this.seq, offset: 0 };
    } else {
      const filter = req.query.get('$filter');
      const select = req.query.get('$select');
      token = { kind, ...(filter ? { ids: parseIdFilter(filter) } : {}), ...(select ? { select: select.split(',').map((s) => s.trim()) } : {}), since: -1, upTo: this.seq, offset: 0 };
    }
    if (token.kind !== kind) throw new GraphHttpError(400, 'badRequest', 'The token belongs to another resource.');
    const entries = kind === 'users' ? this.userEntries(token) : this.groupEntries(token);
    const pageSize = kind === 'users' ? USERS_PAGE : MEMBERS_PAGE;
    const page = entries.slice(token.offset, token.offset + pageSize);
    const rest = token.offset + pageSize < entries.length;
    const link = (name: string, t: Token) => `${req.origin}/v1.0/${kind}/delta?${name}=${encode(t)}`;
    const body: Record<string, unknown> = {
      '@odata.context': `${req.origin}/v1.0/$metadata#${kind}`,
      value: kind === 'users' ? page : mergeGroups(page as GroupPart[]),
    };
    if (rest) body['@odata.nextLink'] = link('$skiptoken', { ...token, offset: token.offset + pageSize });
    else body['@odata.deltaLink'] = link('$deltatoken', { ...token, offset: 0 });
    return { status: 200, body };
  }

  private changedSince(since: number, upTo: number): Endring[] {
    return this.changes.filter((c) => c.seq > since && c.seq <= upTo);
  }

  private userEntries(t: Token): Record<string, unknown>[] {
    const wanted = (id: string) => !t.ids || t.ids.includes(id);
    const ids =
      t.since < 0
        ? [...this.users.values()].filter((u) => !u.deleted && wanted(u.id)).map((u) => u.id)
        : [...new Set(this.changedSince(t.since, t.upTo).flatMap((c) => (c.kind === 'user' && wanted(c.id) ? [c.id] : [])))];
    return ids.map((id) => {
      const u = this.users.get(id)!;
      if (u.deleted) return { id, '@removed': { reason: 'changed' } };
      const props: Record<string, unknown> = { displayName: u.displayName, jobTitle: u.jobTitle };
      const shown = t.select ? Object.fromEntries(Object.entries(props).filter(([k]) => t.select!.includes(k))) : props;
      return { id, ...shown };
    });
  }

  /** One entry per member change (or, in the first round, per member), in group order. */
  private groupEntries(t: Token): GroupPart[] {
    const groups = [...this.groups.values()].filter((g) => !t.ids || t.ids.includes(g.id));
    const withMembers = !t.select || t.select.includes('members');
    const out: GroupPart[] = [];
    for (const g of groups) {
      let members: { id: string; removed: boolean }[];
      if (t.since < 0) members = [...g.members].map((id) => ({ id, removed: false }));
      else {
        // The net effect of this round's changes per member; a member added and removed again is no change.
        const before = new Map<string, boolean>();
        const after = new Map<string, boolean>();
        for (const c of this.changedSince(t.since, t.upTo)) {
          if (c.kind !== 'member' || c.group !== g.id) continue;
          if (!before.has(c.user)) before.set(c.user, !c.added);
          after.set(c.user, c.added);
        }
        members = [...after].filter(([id, inn]) => before.get(id) !== inn).map(([id, inn]) => ({ id, removed: !inn }));
        if (members.length === 0) continue;
      }
      if (!withMembers || members.length === 0) {
        out.push({ group: g, members: [] });
        continue;
      }
      for (const m of members) out.push({ group: g, members: [m] });
    }
    return out;
  }
}

interface GroupPart {
  group: { id: string; displayName: string };
  members: { id: string; removed: boolean }[];
}

/** A page's member entries as group objects, each group once per page with its part of the members. */
function mergeGroups(parts: GroupPart[]): Record<string, unknown>[] {
  const byGroup = new Map<string, Record<string, unknown> & { 'members@delta': unknown[] }>();
  for (const p of parts) {
    let g = byGroup.get(p.group.id);
    if (!g) {
      g = { id: p.group.id, displayName: p.group.displayName, 'members@delta': [] };
      byGroup.set(p.group.id, g);
    }
    for (const m of p.members) g['members@delta'].push({ '@odata.type': '#microsoft.graph.user', id: m.id, ...(m.removed ? { '@removed': { reason: 'deleted' } } : {}) });
  }
  return [...byGroup.values()];
}
