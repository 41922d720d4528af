export { loadJekyllSite } from './load-jekyll-site.ts';
export type { Options as LoadJekyllSiteOptions } from './load-jekyll-site.ts';
export type { JekyllConfig, JekyllSite, SitePost, SiteProblem } from '../jekyll/site.ts';
