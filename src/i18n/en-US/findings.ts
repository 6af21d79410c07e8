import type { Texts } from "../texts";
import type { FINDINGS as ZH } from "../zh-CN/findings";

export const FINDINGS: Texts<typeof ZH> = {
  pieces: {
    schoolAt: '"{name}" ({sheet}, row {row})',
    schoolNamed: '"{name}"',
    classAt: "{sheet}, row {row}",
    classNamed: 'class "{school} {className}"',
    indicatorInList: "{name}",
    quoted: '"{name}"',
    outOfRange:
      "{field} ({value}) is out of range (a non-zero value must lie between 1e-9 and 1e15)",
    notNumber: "{field} ({value}) is not a valid non-negative number",
    blank: "blank",
    scope: {
      resources: "the school is left out of the {stage} resource assessment",
      schoolSize: "its school size is not judged",
      rooms: "its music and art rooms are not judged",
    },
    figures: {
      schoolRooms: "the music and art room counts of the school table",
      schoolTable: "the school table",
      classTable: "the class sheet",
      survey: "public recognition (or each surveyed group's numbers surveyed and satisfied)",
    },
    monitoring: {
      level: "achievement level",
      rate: "difference rate between schools",
      ofSubject: '"{subject}" {what}',
      monitoring: "quality monitoring {what}",
      county: "county-wide {what}",
      none: "{what}",
    },
    blankAsZero: { transfersIn: "transfers in", transfersOut: "transfers out", deaths: "deaths" },
    schoolSize: {
      single: "primary and junior schools at most {default} students",
      same: "{single}, nine-year and twelve-year schools at most {nineYear}",
      byType:
        "{single}, nine-year schools at most {nineYear}, twelve-year schools at most {twelveYear}",
    },
    partialStage: "{count} {stage} indicators ({indicators})",
    classFirstSeen: " (first seen at {sheet}, row {row})",
    roomsOfSchool: '"{name}" (needs {required} of each; music {music}, art {art})',
    sizeOfSchool: '"{name}" ({students} students, limit {limit})',
    smallSchool: '"{name}" ({students} pupils)',
    surveyGroup: "{group} {rate}",
    qualityMonitoring: "Quality monitoring",
    subject: '"{subject}"',
    rateOf: '"{subject}" difference rate between schools',
    rate: "Difference rate between schools",
    lackingBad: "Wrong or not filled in",
    lacking: "Not filled in",
    joiners: {
      list: ", ",
      indicators: "; ",
      fields: ", ",
      problems: "; ",
      notes: "; ",
      stages: " and ",
    },
  },
  messages: {
    unknownSchoolType:
      "{school}: the school type ({type}) is not recognised; the school is not assessed",
    studentsOfUntaughtStage:
      "{school} is a {typeName} but lists {students} {stageInText} students; they are not counted in {stageInText}. Check the school type",
    badFigures: "{school}: {problems}; {scope}",
    noStageStudents:
      "{school} is a {typeName} but has 0 {stageInText} students; it is left out of the {stageInText} resource assessment",
    indoorSportsAboveTeachingArea:
      "{school}: {indoorLabel} ({indoorSportsArea}) is larger than {teachingLabel} ({teachingArea}), which should include it; the school is left out of the {stageInText} resource assessment",
    zeroCountyMean:
      '{stage} "{indicator}": the county mean is 0, so the CV cannot be computed; counted as not met',
    noSchoolsInStage:
      "No {stageInText} school is assessed, so {stageInText} resources cannot be judged; counted as not met",
    compositeUndefined:
      "{stage}: the CV of some indicator cannot be computed, so neither can the composite CV; counted as not met",
    duplicateSchoolName:
      'The school name "{name}" appears {count} times in the school data; the class sheet is matched to the first. Please check',
    classBadStage:
      "{class}: the stage ({stageGiven}) should be primary or junior; the class is not counted in class sizes",
    classBadStudents:
      "{class}: the number of students ({students}) is not a valid non-negative number; the class is not counted in class sizes",
    classStageMismatch:
      'The class sheet lists {stageInText} classes for "{school}", which the school data gives as a {typeName}; still counted in class sizes. Please check',
    classUnknownSchool:
      'The class sheet\'s school "{school}" is not in the school data{first}; its {classes} classes still count in class sizes. Check the school name',
    countyNoProfileStandards:
      'The profile "{profileEn}" has no county-level standards; the county sheet is not assessed.',
    excludedType: "{typeName}s are outside the resource assessment",
    excludedPrivate: "Private schools are outside the resource assessment ({profileEn})",
    smallTeachingPoint:
      "Teaching point with {students} students, fewer than {min}: outside the resource assessment",
    stageEmpty: "{stage}: no school assessed",
    stageSchoolsFailing: "{stage}: {failing} schools below the school standard",
    stageCvsFailing: "{stage}: {count} indicators with a CV above {limit}",
    partialTable:
      'A partial table: no column for {fields}, so {stages} are not computed. The other indicators are computed as usual (each school\'s values, the county means and CVs); where a stage lacks an indicator no school of it is judged, the county is not judged ("cannot be judged") and no gap is planned. Add the columns and compute again',
    stageIndicatorsMissing:
      "{stage}: {count} indicators not computed for lack of their columns ({indicators}); no school and not the county can be judged (cannot be judged)",
    stageCompositeFailing: "{stage}: composite CV {cv} above {limit}",
    classesOverLimit: "{stage}: {count} classes above {limit} students",
    schoolsOversized: "{count} schools above the size limit",
    specialRoomsShort: "{count} schools short of music or art rooms",
    countyPartFailed: "{part}: {count} items not met",
    countyPartMissing: "{part}: {count} items not filled in or without data",
    vetoes: "Vetoes: {count} apply ({items})",
    vetoesMissing: "Vetoes: {count} not answered",
    countyFlagNo: "{check}: no",
    countyShareBelow: "{check} {value}, below {threshold}",
    countyAmountBelow: "{check} {value} yuan, below {threshold} yuan (short by {short} yuan)",
    countyRoomsShort: "Short of special rooms: {schools}",
    countySchoolsTooLarge: "Above the size limit: {schools}",
    countyClassesTooLarge: "{stage}: {count} classes above {limit} students",
    countyPayBelow: "Teachers' average pay is {short} yuan below civil servants'",
    countyLevelBelow: "{subject} achievement level {level}, below {min}",
    countyRateNotBelow: "{rate} {value}, not below {limit}",
    countyVetoApplies: "{veto} (one-vote veto)",
    countyNotMet: "Not met: {reasons}",
    countyLacking: "{lacking}: {figures}",
    countyBlankAsZero: "{figures} not filled in, counted as 0",
    countyConsolidationAbove100:
      "Retention above 100%: check the graduates and the transfers in and out",
    countySurveyRatesAveraged:
      "Some surveyed groups give only their rate, not their numbers: the plain mean of the groups' rates is used",
    countySurveyGroupsLow: "Surveyed groups below {threshold}: {groups}",
    countyNoSmallSchools:
      "The school table has no village primary school or teaching point with fewer than {students} pupils",
    countySmallSchools:
      "Village primary schools and teaching points with fewer than {students} pupils in the school table: {schools}",
    countyNoSpecialSchool: "The school table has no {typeName}",
  },
  partial: {
    undetermined: "Cannot be judged",
    notComputed: "Not computed (no column)",
    someNotComputed:
      "Some indicators are not computed for lack of their columns; nothing is judged",
    schoolsNotJudged: "The indicators without their columns are not computed; no school is judged",
    noGaps:
      "Some indicators are not computed for lack of their columns: no school is judged, and no gap is planned",
  },
};
