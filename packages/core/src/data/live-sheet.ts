/*
 * Live spreadsheets as `src`: the link a webmaster copies from Google Sheets or from
 * OneDrive / SharePoint points at a web page, not at the data. These are rewritten to the
 * address that gives the file itself (CSV for Google Sheets; the shared file for
 * OneDrive and SharePoint, which must be a .csv or .json file there).
 */

/** The sheet (tab) a Google Sheets link names: `gid` in the query or in the fragment. */
function gidOf(url: URL): string | undefined {
  return url.searchParams.get('gid') ?? /(?:^|[#&])gid=(\d+)/.exec(url.hash)?.[1] ?? undefined;
}

function googleSheet(url: URL): string | undefined {
  if (url.hostname !== 'docs.google.com') return undefined;
  // Published to the web: /spreadsheets/d/e/<published id>/pubhtml (or /pub).
  const published = /^(\/spreadsheets\/d\/e\/[\w-]+)\/(pubhtml|pub)\/?$/.exec(url.pathname);
  if (published) {
    const output = url.searchParams.get('output');
    if (published[2] === 'pub' && (output === 'csv' || output === 'tsv')) return undefined;
    const target = new URL(`${published[1]}/pub`, url.origin);
    const gid = gidOf(url);
    if (gid) target.searchParams.set('gid', gid);
    if (url.searchParams.has('single')) target.searchParams.set('single', url.searchParams.get('single')!);
    target.searchParams.set('output', 'csv');
    return target.href;
  }
  // A sheet's own link (/edit, /view, /htmlview, a share link): its CSV export, which
  // works when the sheet is shared with "anyone with the link" or published.
  const own = /^(\/spreadsheets\/d\/(?!e\/)[\w-]+)(\/(edit|view|htmlview|preview|pubhtml|copy)?)?\/?$/.exec(url.pathname);
  if (own) {
    const target = new URL(`${own[1]}/export`, url.origin);
    target.searchParams.set('format', 'csv');
    const gid = gidOf(url);
    if (gid) target.searchParams.set('gid', gid);
    return target.href;
  }
  return undefined;
}

function microsoftShare(url: URL): string | undefined {
  const host = url.hostname;
  const withDownload = () => {
    if (url.searchParams.get('download') === '1') return undefined;
    const target = new URL(url.href);
    target.searchParams.set('download', '1');
    target.hash = '';
    return target.href;
  };
  if (host === '1drv.ms') return withDownload();
  if (host === 'onedrive.live.com') {
    // Old-style links: /redir, /embed, /view.aspx?resid=… → /download?resid=…
    if (/^\/(redir|embed|view\.aspx|edit\.aspx)$/i.test(url.pathname) && url.searchParams.has('resid')) {
      const target = new URL('/download', url.origin);
      url.searchParams.forEach((value, key) => target.searchParams.set(key, value));
      return target.href;
    }
    if (url.pathname.startsWith('/download')) return undefined;
    return withDownload();
  }
  // SharePoint and OneDrive for work: https://<tenant>.sharepoint.com/:x:/g/… (or :u:, :t:, :f:)
  if (/(^|\.)sharepoint\.com$/i.test(host) && /^\/:[a-z]:\//i.test(url.pathname)) return withDownload();
  return undefined;
}

/**
 * The address to fetch for `src`: a Google Sheets or OneDrive / SharePoint link is
 * rewritten to give the file itself; every other address is returned unchanged.
 * Pure: no request is made.
 */
export function rewriteLiveSheet(src: string): string {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return src;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return src;
  return googleSheet(url) ?? microsoftShare(url) ?? src;
}
