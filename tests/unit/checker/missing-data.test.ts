import { describe, expect, it } from 'vitest';
import { checkReport } from '@/lib/checker';

const placeholders = (text: string) =>
  checkReport(text)
    .findings.filter((f) => f.rule === 'missing-data')
    .map((f) => text.slice(f.start, f.end));

describe('missing-data 数据缺失', () => {
  it('flags X, ×, * and full-width Ｘ where a number belongs', () => {
    expect(placeholders('全镇共有X个党支部，党员**名，投入经费××万元，培训Ｘ人次。')).toEqual([
      'X个', '**名', '××万元', 'Ｘ人次',
    ]);
    expect(placeholders('20XX年X月，举办第*期培训班，共*次。')).toEqual(['XX', 'X', '*期', '*次']);
    expect(placeholders('投入资金*余万元，查找失联党员**万余名。')).toEqual(['*余万元', '**万余名']);
  });

  it('flags empty brackets and 〇〇 where a number belongs, not item numbers, years or code', () => {
    expect(placeholders('今年共发展党员（  ）名，开展主题党日【 】次，参学率( )%。')).toEqual(['（  ）名', '【 】次', '( )%']);
    expect(placeholders('共有〇〇名党员受表彰。')).toEqual(['〇〇名']);
    expect(placeholders('（一）二〇二六年发展党员3名。函数 f() 返回值。（二）召开会议2次。')).toEqual([]);
  });

  it('flags placeholders where a name belongs', () => {
    const text = 'X县党建工作在《X日报》刊发，**社区成为示范点。';
    const found = checkReport(text).findings.filter((f) => f.rule === 'missing-data');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['X', 'X', '**']);
    expect(found[0]!.message).toMatch(/具体名称/);
  });

  it('says a number is missing when a unit follows', () => {
    const [f] = checkReport('新建党支部X个。').findings;
    expect(f?.message).toMatch(/实际数字/);
    expect(f?.severity).toBe('error');
  });

  it('ignores multiplication, “1+X”, X光, English words, footnotes and markdown bold', () => {
    expect(placeholders('展板尺寸3×4米，按2 × 3排列。')).toEqual([]);
    expect(placeholders('推行“1+X”党建联盟模式和“党建+X”服务。')).toEqual([]);
    expect(placeholders('为老党员免费做X光检查，使用Excel和XML统计。')).toEqual([]);
    expect(placeholders('党员发展质量进一步提高*。\n*注：数据截至11月底。')).toEqual([]);
    expect(placeholders('**主要做法**\n全年发展党员12名。')).toEqual([]);
  });

  it('flags the forms templates leave in real reports (issue #10)', () => {
    // lower-case xx / xxxx standing for a name
    expect(placeholders('由xx同志牵头，到xxxx社区蹲点。')).toEqual(['xx', 'xxxx']);
    // a run of stars before 、 (a list of names not filled in)
    expect(placeholders('在**、**两个村试点。')).toEqual(['**', '**']);
    // a blank where the number belongs
    expect(placeholders('全镇 个行政村全部建立了党群服务站，入党积极分子达到 %以上。')).toEqual([' 个', ' %']);
    // a template's instruction left in brackets, a year's digits left blank
    expect(placeholders('整顿软弱涣散党组织（具体数字）个，帮扶（待补充）人，走访【请填写】户，培训（填写人数）人次。')).toEqual(['（具体数字）个', '（待补充）人', '【请填写】户', '（填写人数）人次']);
    expect(placeholders('20__年，党员参学率达到95%。')).toEqual(['__']);
    expect(placeholders('（补充材料见附件）全年发展党员5名，2026年完成换届。')).toEqual([]);
  });

  it('does not flag bold in the middle of a line, a 注：* footnote, or a gap between words', () => {
    expect(placeholders('我们围绕**乡村振兴**这条主线开展工作。')).toEqual([]);
    expect(placeholders('整顿软弱涣散党组织3个*。\n注：*含上年结转的1个。')).toEqual([]);
    expect(placeholders('使用 Excel 汇总，全镇 14 个村。')).toEqual([]);
    // 个别/个人 after a space are words; a tab is a table's cell border
    expect(placeholders('党员 个别不积极，党员 个人事项未报告。')).toEqual([]);
    expect(placeholders('西岭村\t个别党员未交党费\n东岭村\t名单未公示')).toEqual([]);
  });
});
