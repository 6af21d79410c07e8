// The write of 学校达标情况 through office-addin-mock (the slow lane: the write at 5,000 schools).
import { checkSchoolsSheetWrite } from "../helpers/mockWrite";
// office-addin-mock takes only the OfficeApp enum from office-addin-manifest, whose dependency
// tree includes ES-module-only packages (strip-bom) that jest cannot load untransformed.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

test.each([5000])(
  "%i schools: each sheet is one 2-D values and one numberFormat assignment, formats by rectangle, no sync",
  (n) => checkSchoolsSheetWrite(n)
);
