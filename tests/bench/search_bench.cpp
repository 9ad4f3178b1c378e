// Search over 100k generated activities (budget: <= 5 ms per query, DESIGN.md).
// Titles, places, organizers and descriptions are built from the vocabulary of the demo's
// activities, so character and pinyin frequencies look like real ones.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "kiosk/core/calendar/activity_search.h"

namespace kiosk {
namespace {

const std::vector<std::string> kWords = {
    "社区", "志愿", "服务", "活动",   "环保",   "健康",   "讲座",   "书法", "太极",   "调解", "议事",
    "巡逻", "手工", "课堂", "亲子",   "读书",   "电影",   "义诊",   "理发", "关爱",   "老人", "儿童",
    "青年", "就业", "招聘", "培训",   "党员",   "学习",   "坝坝会", "院落", "共治",   "五好", "小区",
    "共建", "邻里", "敲门", "孝老",   "爱亲",   "文艺",   "演出",   "合唱", "广场舞", "垃圾", "分类",
    "绿色", "旧物", "兑换", "防诈骗", "宣传",   "消防",   "演练",   "红色", "家园",   "阳光", "乡贤",
    "快乐", "点半", "作业", "辅导",   "存旧瓶", "筑新绿", "血压",   "检测", "义务"};
const std::vector<std::string> kSites = {"圣南社区", "福圣社区", "丽阳社区", "同福社区", "阳光村"};
const std::vector<std::string> kRooms = {"议事厅",       "活动室",       "调解室",
                                         "青少年活动室", "党群服务中心", "文化广场"};
const std::vector<std::string> kOrganizers = {"圣南社区党委",   "阳光博益志愿者协会", "成都信息工程大学",
                                              "同福社区居委会", "阳光乡贤调解工作室", "红色社会组织之家"};

std::vector<SearchDocument> Generate(size_t n) {
  std::mt19937 rng(20261127);  // fixed: every run measures the same set
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  std::vector<SearchDocument> docs(n);
  for (size_t i = 0; i < n; ++i) {
    SearchDocument& d = docs[i];
    d.event_id = static_cast<int64_t>(i + 1);
    d.next_occurrence_id = d.event_id;
    d.category_id = static_cast<int64_t>(rng() % 9 + 1);
    d.site_id = static_cast<int64_t>(rng() % 5 + 1);
    d.site = kSites[static_cast<size_t>(d.site_id - 1)];
    const int title_words = 2 + static_cast<int>(rng() % 3);
    for (int w = 0; w < title_words; ++w) d.title += pick(kWords);
    d.venue = d.site + " " + pick(kRooms);
    d.organizer = pick(kOrganizers);
    const int body_words = 15 + static_cast<int>(rng() % 20);
    for (int w = 0; w < body_words; ++w) d.body += pick(kWords) + (w % 6 == 5 ? "，" : "");
  }
  return docs;
}

const ActivitySearchIndex& Index100k() {
  static const ActivitySearchIndex index(Generate(100000));  // built once, outside the timing
  return index;
}

void BM_Search(benchmark::State& state, const char* query) {
  const ActivitySearchIndex& index = Index100k();
  size_t found = 0;
  for (auto _ : state) {
    const SearchResult r = index.Search(query, {}, 100);
    found = r.documents.size();
    benchmark::DoNotOptimize(found);
  }
  state.counters["results"] = static_cast<double>(found);
}

// Every prefix of a query typed letter by letter, as the screen searches after each key.
void BM_SearchWhileTyping(benchmark::State& state) {
  const ActivitySearchIndex& index = Index100k();
  const std::string typed = "tiaojie";
  for (auto _ : state)
    for (size_t n = 1; n <= typed.size(); ++n)
      benchmark::DoNotOptimize(index.Search(typed.substr(0, n), {}, 100));
  state.counters["queries"] = static_cast<double>(typed.size());
}

void BM_SearchFiltered(benchmark::State& state) {
  const ActivitySearchIndex& index = Index100k();
  CalendarFilter filter;
  filter.category_ids = {3};
  filter.site_id = 4;
  for (auto _ : state) benchmark::DoNotOptimize(index.Search("环保", filter, 100));
}

BENCHMARK_CAPTURE(BM_Search, chinese_common, "活动")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, chinese_word, "调解")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, chinese_rare_pair, "演练书法")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, chinese_absent, "麒麟")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, initials, "zyfw")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, one_letter, "x")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, full_pinyin, "xunluo")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, full_pinyin_absent, "tiaojie")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, full_pinyin_prefix, "tiaoj")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, mixed_terms, "阳光 kl")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchWhileTyping)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchFiltered)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kiosk
