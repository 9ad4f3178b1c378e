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
                 Str::kComingSoonTitle, Str::kAdminTitle}) {
    all.emplace_back(Tr(id, Lang::kZh));
    all.emplace_back(Tr(id, Lang::kEn));
  }
  return all;
}

}  // namespace kiosk::ui
