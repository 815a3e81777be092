import { describe, expect, it } from 'vitest';
import { rewriteLiveSheet } from './live-sheet.js';

describe('rewriteLiveSheet: Google Sheets', () => {
  const published = 'https://docs.google.com/spreadsheets/d/e/2PACX-1vQ_abc-123';

  it('turns a "publish to the web" page into its CSV, keeping the sheet', () => {
    expect(rewriteLiveSheet(`${published}/pubhtml`)).toBe(`${published}/pub?output=csv`);
    expect(rewriteLiveSheet(`${published}/pubhtml?gid=123456&single=true`)).toBe(`${published}/pub?gid=123456&single=true&output=csv`);
    expect(rewriteLiveSheet(`${published}/pub?gid=5`)).toBe(`${published}/pub?gid=5&output=csv`);
    expect(rewriteLiveSheet(`${published}/pub?output=xlsx`)).toBe(`${published}/pub?output=csv`);
  });

  it('leaves a link that already gives CSV alone', () => {
    expect(rewriteLiveSheet(`${published}/pub?gid=0&single=true&output=csv`)).toBe(`${published}/pub?gid=0&single=true&output=csv`);
  });

  it('turns a sheet’s own link (edit, share, view) into its CSV export, keeping the sheet', () => {
    const sheet = 'https://docs.google.com/spreadsheets/d/1AbC_dEf-123';
    expect(rewriteLiveSheet(`${sheet}/edit#gid=42`)).toBe(`${sheet}/export?format=csv&gid=42`);
    expect(rewriteLiveSheet(`${sheet}/edit?gid=42#gid=42`)).toBe(`${sheet}/export?format=csv&gid=42`);
    expect(rewriteLiveSheet(`${sheet}/edit?usp=sharing`)).toBe(`${sheet}/export?format=csv`);
    expect(rewriteLiveSheet(`${sheet}/view`)).toBe(`${sheet}/export?format=csv`);
    expect(rewriteLiveSheet(sheet)).toBe(`${sheet}/export?format=csv`);
    expect(rewriteLiveSheet(`${sheet}/export?format=csv&gid=1`)).toBe(`${sheet}/export?format=csv&gid=1`);
  });
});

describe('rewriteLiveSheet: OneDrive and SharePoint', () => {
  it('asks a share link for the file itself', () => {
    expect(rewriteLiveSheet('https://1drv.ms/u/s!AkQ2abc?e=XyZ')).toBe('https://1drv.ms/u/s!AkQ2abc?e=XyZ&download=1');
    expect(rewriteLiveSheet('https://1drv.ms/x/c/abc123/EQxyz')).toBe('https://1drv.ms/x/c/abc123/EQxyz?download=1');
    expect(rewriteLiveSheet('https://bibliotheek.sharepoint.com/:x:/s/team/EaBcD?e=abc')).toBe('https://bibliotheek.sharepoint.com/:x:/s/team/EaBcD?e=abc&download=1');
    expect(rewriteLiveSheet('https://bibliotheek-my.sharepoint.com/:u:/g/personal/jan/EaBcD')).toBe('https://bibliotheek-my.sharepoint.com/:u:/g/personal/jan/EaBcD?download=1');
  });

  it('turns an old OneDrive link (redir, embed) into a download', () => {
    expect(rewriteLiveSheet('https://onedrive.live.com/redir?resid=ABC!123&authkey=!xyz')).toBe('https://onedrive.live.com/download?resid=ABC%21123&authkey=%21xyz');
    expect(rewriteLiveSheet('https://onedrive.live.com/embed?resid=ABC!123')).toBe('https://onedrive.live.com/download?resid=ABC%21123');
  });

  it('leaves a download link alone', () => {
    expect(rewriteLiveSheet('https://1drv.ms/u/s!Ak?download=1')).toBe('https://1drv.ms/u/s!Ak?download=1');
  });
});

describe('rewriteLiveSheet: everything else', () => {
  it('returns other addresses unchanged', () => {
    for (const src of [
      'https://bibliotheek.example/cursussen.csv',
      'https://docs.google.com/document/d/abc/edit',
      'https://bibliotheek.sharepoint.com/sites/team/Shared%20Documents/a.csv',
      'data/cijfers.json',
      'not a url',
      'javascript:alert(1)',
    ]) {
      expect(rewriteLiveSheet(src), src).toBe(src);
    }
  });
});
