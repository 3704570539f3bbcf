import { chromiumDriver } from './support/driver/chromium';
import { modeJourneys } from './journeys/mode';
import { reliefJourneys } from '../e2e/journeys/relief';

// The journeys every browser must pass (tests/e2e/journeys), here in Chromium; Firefox runs the same
// ones in tests/firefox/journeys.e2e.ts.
modeJourneys(chromiumDriver);
reliefJourneys(chromiumDriver);
