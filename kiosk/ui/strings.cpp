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
    {Str::kKeyNext, "下一步", "Next"},
    {Str::kPhonePrompt, "请输入您的手机号码", "Enter your mobile number"},
    {Str::kPhoneTooShort, "请输入11位手机号码", "Enter an 11-digit mobile number"},
    {Str::kPhoneInvalid, "号码有误：手机号码以13至19开头", "Not a mobile number: it starts with 13 to 19"},
    {Str::kPhoneTail, "尾号%s", "ending %s"},
    {Str::kSystemError, "系统故障，请联系工作人员", "System error, please ask the staff"},
    {Str::kFlowBack, "返回上一步", "Go back"},
    {Str::kSignupPickHeading, "可报名的活动", "Open for sign-up"},
    {Str::kSignupNoneOpen, "目前没有可报名的活动。", "Nothing is open for sign-up right now."},
    {Str::kIsThisYou, "%s，是您吗？", "Is this you: %s?"},
    {Str::kYes, "是", "Yes"},
    {Str::kNo, "不是", "No"},
    {Str::kNamePrompt, "请输入您的姓名（可跳过）", "Your name (you may skip this)"},
    {Str::kNameHint, "输入拼音，再点选汉字", "Type pinyin, then tap the characters"},
    {Str::kNameNoPinyin, "汉字候选暂不可用，可点“跳过”。", "Chinese candidates unavailable: tap Skip."},
    {Str::kSkip, "跳过", "Skip"},
    {Str::kNameInvalid, "姓名无法使用：最多20个字", "This name cannot be used: at most 20 characters"},
    {Str::kConfirmHeading, "请核对报名信息", "Please check your sign-up"},
    {Str::kConfirmActivity, "活动", "Activity"},
    {Str::kConfirmName, "姓名", "Name"},
    {Str::kConfirmPhone, "手机", "Phone"},
    {Str::kConfirmNoName, "未填写", "Not given"},
    {Str::kConfirmSignUp, "确认报名", "Confirm"},
    {Str::kSignupDone, "报名成功", "You are signed up"},
    {Str::kSignupAlready, "您已报名", "You are already signed up"},
    {Str::kConfirmationCode, "确认码", "Confirmation code"},
    {Str::kSignupQrHint, "手机扫码，保存报名信息", "Scan to keep this on your phone"},
    {Str::kReturnHomeIn, "%d秒后返回首页", "Back to home in %d s"},
    {Str::kDone, "完成", "Done"},
    {Str::kFullOffer, "已满。加入候补？您将排在第%d位", "Full. Join the waitlist? You would be number %d"},
    {Str::kJoinWaitlist, "加入候补", "Join the waitlist"},
    {Str::kNoThanks, "不了，谢谢", "No, thanks"},
    {Str::kWaitlisted, "已加入候补", "You are on the waitlist"},
    {Str::kWaitlistPosition, "候补第%d位", "Waitlist number %d"},
    {Str::kWaitlistNote, "有人取消时，按顺序自动转为报名成功，可在“我的报名与预约”查看。", "When a place frees up you move up automatically: see My sign-ups."},
    {Str::kSignupNotOpen, "报名尚未开始，将于%s开始", "Sign-up has not opened yet: it opens %s"},
    {Str::kSignupClosed, "报名已截止", "Sign-up has closed"},
    {Str::kSignupOver, "活动已结束", "This activity is over"},
    {Str::kSignupCancelled, "活动已取消", "This activity is cancelled"},
    {Str::kMyHeading, "您的报名（尾号%s）", "Your sign-ups (ending %s)"},
    {Str::kMyNone, "没有找到这个号码的报名记录", "No sign-ups found for this number"},
    {Str::kStatusConfirmed, "已报名", "Signed up"},
    {Str::kStatusConflict, "未成功：名额已被其他报名占用", "Not successful: the place went to another sign-up"},
    {Str::kCancelSignup, "取消报名", "Cancel sign-up"},
    {Str::kCancelAsk, "确定取消？", "Cancel this sign-up?"},
    {Str::kCancelYes, "确定取消", "Yes, cancel"},
    {Str::kCancelKeep, "不取消", "Keep it"},
    {Str::kCancelDone, "已取消报名", "Sign-up cancelled"},
    {Str::kCancelNotFound, "未找到报名记录", "Sign-up not found"},
    {Str::kCancelConflict, "名额已由服务中心调整，无需取消", "The office already gave this place to someone else"},
    {Str::kCancelOver, "活动已结束，无法取消", "The activity is over and cannot be cancelled"},
    {Str::kBackToList, "返回列表", "Back to the list"},
    {Str::kVolunteerPrompt, "请输入手机号码，或扫描志愿者卡", "Type your mobile number or scan your volunteer card"},
    {Str::kVolunteerNotFound, "未找到该志愿者", "Volunteer not found"},
    {Str::kVolunteerInactive, "该志愿者已停用，请联系工作人员", "This volunteer is no longer active: please ask the staff"},
    {Str::kScanNotRecognised, "无法识别，请重新扫描", "Code not recognised: please scan again"},
    {Str::kVolunteerHello, "%s，您好", "Hello, %s"},
    {Str::kTodaysDuties, "今天的服务", "Today's duties"},
    {Str::kNoDuties, "今天没有您的服务安排。", "No duties for you today."},
    {Str::kCheckIn, "签到", "Check in"},
    {Str::kCheckOut, "签退", "Check out"},
    {Str::kCheckInFrom, "未到签到时间，%s 起可签到", "Too early: check-in opens at %s"},
    {Str::kCheckedInAt, "已签到 %s", "Checked in at %s"},
    {Str::kCheckedOutServed, "已签退 %s", "Checked out: %s"},
    {Str::kDutyOver, "已结束", "Over"},
    {Str::kAutoClosed, "已自动签退，请联系工作人员核对", "Checked out automatically: please ask the staff to confirm the hours"},
    {Str::kHoursMinutes, "%d小时%d分", "%d h %d min"},
    {Str::kMyHours, "我的时长", "My hours"},
    {Str::kHoursThisMonth, "本月", "This month"},
    {Str::kHoursThisYear, "今年", "This year"},
    {Str::kHoursAutoClosed, "其中%d次自动签退，待核对", "%d closed automatically, to be checked"},
    {Str::kCheckInDone, "签到成功 %s", "Checked in at %s"},
    {Str::kCheckOutDone, "签退成功，本次服务%s", "Checked out: you served %s"},
    {Str::kNotCheckedIn, "尚未签到，请先签到", "Please check in first"},
    {Str::kNotOnDuty, "这项活动不需要您服务", "You are not on duty for this activity"},
    {Str::kPickedActivity, "您选择的活动", "The activity you chose"},
    {Str::kHoursHeading, "服务时长", "Hours served"},
    {Str::kIdleStillThere, "还在使用吗？", "Still there?"},
    {Str::kIdleClearingIn, "%d秒后清空并返回首页", "Clearing the screen in %d s"},
    {Str::kIdleKeepUsing, "继续使用", "Keep using"},
    {Str::kStayLonger, "再看一会", "Stay longer"},
    {Str::kAttractTouchToStart, "轻触屏幕开始", "Touch the screen to start"},
    {Str::kAttractTomorrowHeading, "明日活动", "Tomorrow"},
    {Str::kAdminPinPrompt, "工作人员请输入管理密码", "Staff: enter the admin PIN"},
    {Str::kAdminPinDigits, "管理密码为4-8位数字", "The admin PIN is 4-8 digits"},
    {Str::kAdminEnter, "进入管理", "Open admin"},
    {Str::kAdminPinWrong, "密码错误，还可以再试%d次", "Wrong PIN: %d tries left"},
    {Str::kAdminLocked, "密码错误次数过多，已锁定。%s后再试", "Too many wrong PINs: locked. Try again in %s"},
    {Str::kAdminNoPin, "本机未设置管理密码（kiosk --set-pin）",
     "No admin PIN is set on this kiosk (kiosk --set-pin)"},
    {Str::kAdminTodaySignups, "今日报名", "Today's sign-ups"},
    {Str::kAdminCheckins, "今日志愿者签到", "Today's volunteer check-ins"},
    {Str::kAdminNoSignups, "暂无报名", "No sign-ups"},
    {Str::kAdminOpenCheckout, "未签退", "not checked out"},
    {Str::kAdminExit, "退出", "Exit"},
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
                 Str::kCalFiltersTitle, Str::kSignupDone, Str::kSignupAlready, Str::kWaitlisted,
                 Str::kConfirmHeading, Str::kMyHours, Str::kIdleStillThere, Str::kAttractTouchToStart,
                 Str::kAttractTomorrowHeading}) {
    all.emplace_back(Tr(id, Lang::kZh));
    all.emplace_back(Tr(id, Lang::kEn));
  }
  return all;
}

}  // namespace kiosk::ui
