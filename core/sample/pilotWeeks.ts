import { SAMPLE_TEAMS } from "./cast";
import { pilotStartDay } from "./market";
import { samplePeriod } from "./period";
import type { SampleDeal } from "./sampleDeals";

/** Counts of one week for one group. */
interface WeekCounts {
  leads: number;
  opportunities: number;
  deals: number;
}

/**
 * The sample's weekly pilot table, as a manager would have typed it: weeks of seven days from the pilot's
 * start (pilotStartDay of the sample period: 2026-09-01); the pilot group is the sample's pilot team
 * (华东一组 / East 1), the control group every other team. Per week and group: leads = deals whose lead (first
 * stage) date falls in the week; opportunities = those of them that reached stage 2 (a date in stage 2 or any
 * later stage); deals = those of them won. So deals ⊆ opportunities ⊆ leads. The template's Pilot sheet shows them.
 * @example
 * samplePilotWeeks(sampleDeals({ count: 200, seed: 1, locale: "en" }), "en", 16).pilot[0] //=> { leads: …, opportunities: …, deals: … }
 */
export function samplePilotWeeks(sample: readonly SampleDeal[], locale: "zh-CN" | "en", weeks: number): { start: number; pilot: WeekCounts[]; control: WeekCounts[] } {
  const period = samplePeriod();
  const start = pilotStartDay(period);
  const count = Math.min(weeks, Math.ceil((period.endDay - start + 1) / 7));
  const pilotTeam = SAMPLE_TEAMS.find((team) => team.pilot)!.name[locale];
  const empty = () => Array.from({ length: count }, () => ({ leads: 0, opportunities: 0, deals: 0 }));
  const pilot = empty();
  const control = empty();
  for (const deal of sample) {
    const leadDay = deal.stageDays[0];
    if (leadDay === null || leadDay < start) continue;
    const week = Math.floor((leadDay - start) / 7);
    if (week >= count) continue;
    const counts = (deal.team === pilotTeam ? pilot : control)[week];
    counts.leads += 1;
    if (deal.stageDays.slice(1).some((stageDay) => stageDay !== null)) counts.opportunities += 1;
    if (deal.status === "won") counts.deals += 1;
  }
  return { start, pilot, control };
}
