import type { Texts } from "../texts";
import type { COMPARE as ZH } from "../zh-CN/compare";

export const COMPARE: Texts<typeof ZH> = {
  kinds: {
    new: "New school",
    closed: "School closed or merged",
    renamed: "School renamed",
    possibleRename: "Possible rename",
    newlyFailing: "Newly failing",
    recovered: "Recovered",
    nearStandard: "Near its standard",
    cvNearLimit: "CV near its limit",
    cvRising: "CV rising",
    newOversized: "Newly oversized school",
    newLargeClasses: "More classes over the limit",
  },
  events: {
    new: "{year}: new school {school}",
    closed: "{year}: {school} is no longer there",
    renamed: "{year}: {previousName} renamed {school}",
    possibleRename:
      "{year}: possible rename (please confirm): {previousName} → {school}, similar names in the same district or group",
    newlyFailing: "{year}: {school} ({stage}) passed the year before and fails now",
    recovered: "{year}: {school} ({stage}) failed the year before and passes now",
    nearStandard:
      "{year}: {school} ({stage}) {indicator} is {value}, meeting the standard {limit} by a small margin",
    cvNearLimit: "{year}: {stage} {indicator} CV {value}, near or above its limit {limit}",
    cvRising: "{year}: {stage} {indicator} CV {value}, up two years running",
    newOversized:
      "{year}: {school} has {value} students, above the size limit {limit} (it was not the year before)",
    newLargeClasses:
      "{year}: {stage} classes above {limit} students went from {previousValue} to {value}",
  },
  composite: "composite",
  warnings: {
    title: "Early warning (next year by the last two years' trend)",
    method:
      "The early warning is a linear projection: it assumes the change from the previous year to the latest happens once more, so next year = latest + (latest − previous). It lists the CVs within their limit in the latest year that would exceed it, and the indicators of schools passing in the latest year that would make them fail the school rule (too few indicators met, or one below the floor), nearest to their limit or standard first. With one year of data there is no warning.",
    cv: "{stage} {indicator} CV {value}, about {projected} next year by the trend, above its limit {limit}",
    school:
      "{school} ({stage}) {indicator} is {value}, about {projected} next year by the trend, below {limit}",
    none: "By the last two years' trend, no CV would exceed its limit and no school would fail next year",
  },
};
