/**
 * The slow lane's set-up (jest.config.js): Testing Library's findBy…/waitFor wait up to a
 * minute for the wizard's states instead of their default second. The wizard reads the
 * county asynchronously; on a loaded 2-core machine that took longer than a second and a
 * test failed while the page was still reading ("Unable to find role=button"). A state that
 * never comes still fails, after the minute.
 */
import { configure } from "@testing-library/react";

configure({ asyncUtilTimeout: 60_000 });
