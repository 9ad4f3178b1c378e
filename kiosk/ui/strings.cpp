// kiosk/ui/strings.cpp — the string table. Chinese first; English for visitors and staff.
#include "kiosk/ui/strings.h"

#include <array>

namespace kiosk::ui {
namespace {

struct Entry {
  Str id;
  const char* zh;
  const char* en;
};

constexpr std::array<Entry, static_cast<size_t>(Str::kCount)> kTable = {{
    {Str::kAppTitle, "社区服务一体机", "Community Service Kiosk"},
    {Str::kHomeTodayHeading, "今日活动", "Today"},
    {Str::kHomeUpcomingHeading, "近期活动", "Coming up"},
    {Str::kHomeNothingToday, "今天没有安排活动，请看近期活动。", "Nothing on today. See what's coming up."},
    {Str::kTileCalendar, "活动日历", "Calendar"},
    {Str::kTileSignup, "报名参加", "Sign up"},
    {Str::kTileVolunteer, "志愿者签到", "Volunteer check-in"},
    {Str::kTileRoomBooking, "调解室预约", "Book mediation room"},
    {Str::kTileMyRecords, "我的报名与预约", "My sign-ups & bookings"},
    {Str::kToggleLargeText, "大字", "Large text"},
    {Str::kToggleLanguage, "English", "中文"},
    {Str::kBack, "返回", "Back"},
    {Str::kHome, "首页", "Home"},
    {Str::kComingSoonTitle, "即将开放", "Coming soon"},
    {Str::kComingSoonBody, "此功能即将开放，敬请期待。如需帮助，请到服务台咨询工作人员。",
     "This service opens soon. For help now, please ask the staff at the service desk."},
    {Str::kSeatsLeft, "余%d位", "%d left"},
    {Str::kSeatsFull, "已满", "Full"},
    {Str::kNoSeatLimit, "不限人数", "Open to all"},
    {Str::kWeekdaySun, "星期日", "Sunday"},
    {Str::kWeekdayMon, "星期一", "Monday"},
    {Str::kWeekdayTue, "星期二", "Tuesday"},
    {Str::kWeekdayWed, "星期三", "Wednesday"},
    {Str::kWeekdayThu, "星期四", "Thursday"},
    {Str::kWeekdayFri, "星期五", "Friday"},
    {Str::kWeekdaySat, "星期六", "Saturday"},
    {Str::kLunarPrefix, "农历", "Lunar"},
    {Str::kAdminTitle, "管理", "Admin"},
    {Str::kCalPrevMonth, "上个月", "Previous"},
    {Str::kCalNextMonth, "下个月", "Next"},
    {Str::kCalPrevWeek, "上一周", "Previous"},
    {Str::kCalNextWeek, "下一周", "Next"},
    {Str::kCalPrevDay, "前一天", "Previous"},
    {Str::kCalNextDay, "后一天", "Next"},
    {Str::kCalToday, "今天", "Today"},
    {Str::kCalViewMonth, "月历", "Month"},
    {Str::kCalViewWeek, "周历", "Week"},
    {Str::kCalFilter, "筛选", "Filter"},
    {Str::kCalFilterActive, "已筛选%d项", "%d filters"},
    {Str::kCalSearch, "搜索", "Search"},
    {Str::kCalFiltersTitle, "筛选活动", "Filter"},
    {Str::kCalCategoryHeading, "活动类别", "Type of activity"},
    {Str::kCalSiteHeading, "社区", "Community"},
    {Str::kCalAllCategories, "全部类别", "All types"},
    {Str::kCalAllSites, "全部社区", "All communities"},
    {Str::kCalFiltersDone, "完成", "Done"},
    {Str::kCalDayCount, "%d项", "%d on"},
    {Str::kCalNothingOnDay, "这一天没有活动。", "Nothing on this day."},
    {Str::kCalNothing, "无活动", "None"},
    {Str::kCalAllDay, "全天", "All day"},
    {Str::kSearchTitle, "搜索活动", "Search"},
    {Str::kSearchHint, "请输入拼音或首字母，例如 kl 或 tiaojie", "Type pinyin or initials, e.g. kl or tiaojie"},
    {Str::kSearchNoResults, "没有找到相关活动。", "No matching activities."},
    {Str::kSearchMore, "结果较多，请继续输入。", "More results: keep typing."},
    {Str::kSearchUpcoming, "近期活动", "Coming up"},
    {Str::kSearchNoPinyin, "拼音候选暂不可用，可直接按拼音字母搜索。", "Chinese candidates unavailable; letters still search."},
    {Str::kKeySpace, "空格", "Space"},
    {Str::kKeyDelete, "删除", "Delete"},
    {Str::kKeyClear, "清空", "Clear"},
    {Str::kDetailTitle, "活动详情", "Activity"},
    {Str::kDetailWhen, "时间", "When"},
    {Str::kDetailWhere, "地点", "Where"},
    {Str::kDetailOrganizer, "主办", "Organizer"},
    {Str::kDetailCategory, "类别", "Type"},
    {Str::kDetailSeats, "名额", "Places"},
    {Str::kDetailVolunteers, "志愿者", "Volunteers"},
    {Str::kDetailSeatsOf, "余%d位（共%d位）", "%d of %d left"},
    {Str::kDetailWaitlist, "候补%d人", "%d waiting"},
    {Str::kDetailWantsVolunteers, "招募志愿者", "Volunteers wanted"},
    {Str::kDetailNoVolunteers, "不需要", "Not needed"},
    {Str::kDetailSignUp, "我要报名", "Sign me up"},
    {Str::kDetailQrHint, "手机扫码，加入日历", "Scan to add to your phone's calendar"},
    {Str::kDetailCancelled, "本次活动已取消", "This activity is cancelled"},
    {Str::kDetailGone, "该活动已不存在，可能已被撤下。", "This activity no longer exists."},
    {Str::kDetailAbout, "活动介绍", "About"},
    {Str::kDetailPosterUnreadable, "海报无法显示", "Poster cannot be shown"},
}};

// The table must list every id exactly once and in order, so Tr() can index it.
constexpr bool TableIsInOrder() {
  for (size_t i = 0; i < kTable.size(); ++i)
    if (static_cast<size_t>(kTable[i].id) != i) return false;
  return true;
}
static_assert(TableIsInOrder(), "kTable must list every Str in declaration order");

}  // namespace

const char* Tr(Str id, Lang lang) {
  const Entry& e = kTable[static_cast<size_t>(id)];
  return lang == Lang::kZh ? e.zh : e.en;
}

std::vector<std::string> AllUiStrings() {
  std::vector<std::string> all;
  all.reserve(kTable.size() * 2);
  for (const Entry& e : kTable) {
    all.emplace_back(e.zh);
    all.emplace_back(e.en);
  }
  return all;
}

std::vector<std::string> HeadingUiStrings() {
  std::vector<std::string> all;
  for (Str id : {Str::kAppTitle, Str::kHomeTodayHeading, Str::kHomeUpcomingHeading, Str::kTileCalendar,
                 Str::kTileSignup, Str::kTileVolunteer, Str::kTileRoomBooking, Str::kTileMyRecords,
                 Str::kComingSoonTitle, Str::kAdminTitle, Str::kSearchTitle, Str::kDetailTitle,
                 Str::kCalFiltersTitle}) {
    all.emplace_back(Tr(id, Lang::kZh));
    all.emplace_back(Tr(id, Lang::kEn));
  }
  return all;
}

}  // namespace kiosk::ui
