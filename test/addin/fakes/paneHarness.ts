/** The test page's entry: builds the pane once the (fake) Office host is ready, as addin/taskpane.ts does. */
import { initPane } from "../../../addin/pane/pane";

void Office.onReady(() => initPane());
