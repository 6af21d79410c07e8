/**
 * `edu-balance assess --profile national-2017-allowances` (application-form.md
 * §2): on a county that needs the 认定规程 allowances, the default profile
 * fails and the allowances profile passes, and every output says why, school
 * by school. The default never applies them.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "./runCli";
import { readXlsx, writeXlsx } from "../../src/cli/xlsx";

const HEADER = [
  "学校名称",
  "学校类型",
  "城乡类别",
  "小学在校生数",
  "初中在校生数",
  "小学班级数",
  "初中班级数",
  "小学高于规定学历教师数",
  "初中高于规定学历教师数",
  "小学县级以上骨干教师数",
  "初中县级以上骨干教师数",
  "小学体育艺术专任教师数",
  "初中体育艺术专任教师数",
  "教学及辅助用房面积（㎡）",
  "其中：室内体育用房面积（㎡）",
  "运动场地面积（㎡）",
  "教学仪器设备值（元）",
  "网络多媒体教室数（间）",
  "建校年份",
  "随迁子女数",
  "是否农村小规模学校",
  "小学交流轮岗兼职走教体育艺术教师数",
];

/**
 * Three 小学 and one 初中 with even resources per student. 石门村小 (60 students)
 * has no PE/arts teacher of its own but one who comes 走教; 城东小学 has 2300
 * students, 61% of them 随迁子女, built in 2012.
 */
const SCHOOLS: (string | number)[][] = [
  [
    "石门村小",
    "小学",
    "乡村",
    60,
    0,
    6,
    0,
    3,
    0,
    1,
    0,
    0,
    0,
    300,
    0,
    480,
    126000,
    2,
    2005,
    0,
    "是",
    1,
  ],
  [
    "城东小学",
    "小学",
    "城区",
    2300,
    0,
    52,
    0,
    115,
    0,
    28,
    0,
    39,
    0,
    11500,
    0,
    18400,
    4830000,
    58,
    2012,
    1400,
    "否",
    0,
  ],
  [
    "城西小学",
    "小学",
    "城区",
    800,
    0,
    18,
    0,
    40,
    0,
    10,
    0,
    14,
    0,
    4000,
    0,
    6400,
    1680000,
    20,
    2015,
    100,
    "否",
    0,
  ],
  [
    "城关中学",
    "初中",
    "城区",
    0,
    900,
    0,
    20,
    0,
    50,
    0,
    10,
    0,
    9,
    5400,
    0,
    9500,
    2400000,
    23,
    2000,
    200,
    "否",
    0,
  ],
];

let dir: string;
let file: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-allowances-"));
  file = path.join(dir, "县.xlsx");
  const values = [HEADER, ...SCHOOLS];
  await writeXlsx(
    {
      sheets: [
        {
          name: "学校基础数据",
          id: "s0",
          columns: HEADER.map(() => ({ width: 10 })),
          rows: values.map((row) => row.map((v) => ({ value: v }))),
        },
      ],
    },
    file
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Doc {
  profile: string;
  stages: Record<
    string,
    {
      passes: boolean;
      schools: { name: string; passes: boolean; allowances?: { message: string }[] }[];
    }
  >;
  oversizedSchools: string[];
  schoolSize: {
    name: string;
    limit: number;
    passes: boolean;
    allowance?: { message: string } | null;
  }[];
  allowances?: { used: { school: string; message: string }[]; findings: unknown[] };
}

async function assessJson(...extra: string[]): Promise<Doc> {
  const r = await run(["assess", file, "--json", ...extra]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Doc;
}

test("the default profile fails the county, and says nothing of the allowances", async () => {
  const doc = await assessJson();
  expect(doc.profile).toBe("national-2017");
  expect(doc.stages.primary.passes).toBe(false);
  expect(doc.stages.primary.schools.find((s) => s.name === "石门村小")?.passes).toBe(false);
  expect(doc.oversizedSchools).toEqual(["城东小学"]);
  expect(doc.allowances).toBeUndefined();
  expect(doc.stages.primary.schools[0]).not.toHaveProperty("allowances");
  expect(doc.schoolSize[0]).not.toHaveProperty("allowance");
});

test("--profile national-2017-allowances passes it, and names the allowance of each school", async () => {
  const doc = await assessJson("--profile", "national-2017-allowances");
  expect(doc.profile).toBe("national-2017-allowances");
  expect(doc.stages.primary.passes).toBe(true);
  expect(doc.stages.junior.passes).toBe(true);
  expect(doc.oversizedSchools).toEqual([]);
  const village = doc.stages.primary.schools.find((s) => s.name === "石门村小");
  expect(village?.passes).toBe(true);
  expect(village?.allowances?.map((n) => n.message)).toEqual([
    "按认定规程计入交流轮岗、兼职、走教的体育艺术教师 1 人（农村小规模学校，在校生 60 人，在 50～99 人之间）",
  ]);
  // Schools that used none say so with an empty list: every school has the key.
  expect(doc.stages.primary.schools.find((s) => s.name === "城西小学")?.allowances).toEqual([]);
  const big = doc.schoolSize.find((f) => f.name === "城东小学");
  expect(big).toMatchObject({ limit: 2400, passes: true });
  expect(big?.allowance?.message).toContain("按随迁子女超过 50% 的学校标准，学校规模上限 2400 人");
  expect(doc.schoolSize.find((f) => f.name === "城西小学")?.allowance).toBeNull();
  expect(doc.allowances?.used.map((n) => n.school)).toEqual(["石门村小", "城东小学"]);
  expect(doc.allowances?.findings).toEqual([]);
});

test("the summary lists the allowances school by school", async () => {
  const r = await run(["assess", file, "--profile", "national-2017-allowances"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("【认定规程放宽条款】");
  expect(r.stdout).toContain("石门村小：按认定规程计入交流轮岗、兼职、走教的体育艺术教师 1 人");
  expect(r.stdout).toContain("城东小学：按随迁子女超过 50% 的学校标准，学校规模上限 2400 人");
  const plain = await run(["assess", file]);
  expect(plain.stdout).not.toContain("认定规程");
  expect(plain.stdout).toContain("城东小学");
});

test("the report names them on the 班额与规模 sheet", async () => {
  const out = path.join(dir, "申报表.xlsx");
  const r = await run(["assess", file, "--profile", "national-2017-allowances", "--out", out]);
  expect(r.code).toBe(0);
  const text = (await readXlsx(out))
    .flatMap((s) => s.values.flat())
    .filter((v): v is string => typeof v === "string");
  expect(text).toContain("所用放宽条款");
  expect(text.some((t) => t.startsWith("按随迁子女超过 50% 的学校标准"))).toBe(true);
  expect(text.some((t) => t.startsWith("按认定规程计入交流轮岗"))).toBe(true);
});

describe("the same switch in a province's profile file", () => {
  const profileFile = (name: string, body: object): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(
      f,
      JSON.stringify({
        id: "test-province",
        name: "测试省标准",
        source: "测试",
        base: "national-2017",
        ...body,
      })
    );
    return f;
  };

  test('"allowances": true applies them all', async () => {
    const doc = await assessJson("--profile", profileFile("on.json", { allowances: true }));
    expect(doc.stages.primary.passes).toBe(true);
    expect(doc.oversizedSchools).toEqual([]);
  });

  test("one allowance switched off, one changed: checked key by key", async () => {
    const doc = await assessJson(
      "--profile",
      profileFile("part.json", {
        allowances: { sharedPeArtTeachers: false, schoolSize: { default: 2200 } },
      })
    );
    expect(doc.stages.primary.passes).toBe(false);
    expect(doc.oversizedSchools).toEqual(["城东小学"]);
    expect(doc.schoolSize.find((f) => f.name === "城东小学")?.limit).toBe(2200);
  });

  test("an unknown or bad key is named in one Chinese line", async () => {
    const r = await run([
      "assess",
      file,
      "--profile",
      profileFile("bad.json", {
        allowances: { schoolsize: true, olderSchoolRooms: { builtBy: "2016" } },
      }),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("「allowances.schoolsize」不是可用的键");
    expect(r.stderr).toContain("「allowances.olderSchoolRooms.builtBy」");
    expect(r.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
  });
});
