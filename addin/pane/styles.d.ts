/** Style sheets imported for their side effect; esbuild writes them beside the bundle (taskpane.css). */
declare module "*.css";
