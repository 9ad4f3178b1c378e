// kiosk/app/app_options.cpp — hand-written parsing of the `kiosk` command line.
// Every error is one line, Chinese then English, so a centre's staff can read it in a log.
#include "kiosk/app/app_options.h"

#include <charconv>
#include <cstdlib>
#include <string_view>

#include "kiosk/core/demo/demo_data.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk::app {
namespace {

std::optional<WindowSize> ParseWindowSize(std::string_view text) {
  const auto x = text.find_first_of("xX");
  if (x == std::string_view::npos) return std::nullopt;
  WindowSize size;
  const auto parse = [](std::string_view part, int& out) {
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc() && end == part.data() + part.size() && out >= 200 && out <= 16384;
  };
  if (!parse(text.substr(0, x), size.width) || !parse(text.substr(x + 1), size.height)) return std::nullopt;
  return size;
}

[[noreturn]] void Fail(const std::string& zh, const std::string& en) {
  throw UsageError(zh + " / " + en + " (kiosk --help)");
}

}  // namespace

AppOptions ParseAppOptions(const std::vector<std::string>& args) {
  AppOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    // Accept both "--name value" and "--name=value".
    std::string name = arg;
    std::optional<std::string> inline_value;
    if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = arg.substr(0, eq);
      inline_value = arg.substr(eq + 1);
    }
    const auto value = [&]() -> std::string {
      if (inline_value) return *inline_value;
      if (i + 1 >= args.size()) Fail("选项 " + name + " 缺少参数", "option " + name + " needs a value");
      return args[++i];
    };
    const auto no_value = [&] {
      if (inline_value) Fail("选项 " + name + " 不带参数", "option " + name + " takes no value");
    };

    if (name == "--help" || name == "-h") {
      no_value();
      options.help = true;
    } else if (name == "--sync") {
      no_value();
      options.sync = true;
    } else if (name == "--config") {
      options.config_path = value();
      if (options.config_path.empty()) Fail("--config 的文件名为空", "--config needs a file name");
    } else if (name == "--db") {
      options.db_path = value();
      if (options.db_path.empty()) Fail("--db 的文件名为空", "--db needs a file name");
    } else if (name == "--key-file") {
      options.key_file = value();
      if (options.key_file.empty()) Fail("--key-file 的文件名为空", "--key-file needs a file name");
    } else if (name == "--kiosk-id") {
      options.kiosk_id = value();
      if (!IsValidKioskId(options.kiosk_id))
        Fail("本机编号无效：" + options.kiosk_id,
             "bad --kiosk-id '" + options.kiosk_id + "', expected 1-32 letters, digits or _, e.g. TA01");
    } else if (name == "--share") {
      options.share_folder = value();
      if (options.share_folder.empty()) Fail("--share 的文件夹名为空", "--share needs a folder name");
    } else if (name == "--windowed") {
      const std::string text = value();
      options.windowed = ParseWindowSize(text);
      if (!options.windowed)
        Fail("窗口尺寸无效：" + text, "bad window size '" + text + "', expected e.g. 1920x1080");
    } else if (name == "--screen") {
      const std::string text = value();
      const auto screen = ui::ScreenFromName(text);
      const auto calendar_view = ui::CalendarViewFromName(text);      // a view inside the calendar
      const auto booking_preview = ui::BookingPreviewFromName(text);  // a step inside the booking flow
      const auto result_preview = ui::ResultPreviewFromName(text);    // a completed sign-up or check-in
      const bool room_panel = text == ui::kRoomPanelScreenName;
      const bool mine_list = text == "mine-list";  // the demo's first resident's records, typed in
      if (!screen && !calendar_view && !booking_preview && !result_preview && !room_panel && !mine_list)
        Fail("没有这个界面：" + text,
             "unknown screen '" + text +
                 "' (home, calendar, calendar-month, calendar-week, calendar-day, detail, "
                 "search, calendar-filters, signup, volunteer, booking, booking-grid, booking-confirm, "
                 "booking-result, signup-result, signup-waitlisted, volunteer-checked-in, "
                 "volunteer-checked-out, room-panel, mine, mine-list, admin)");
      options.screen = screen            ? *screen
                       : calendar_view   ? ui::ScreenId::kCalendar
                       : booking_preview ? ui::ScreenId::kRoomBooking
                       : mine_list       ? ui::ScreenId::kMyRecords
                       : result_preview  ? ui::ResultPreviewScreen(*result_preview)
                                         : ui::ScreenId::kHome;
      if (mine_list) options.my_records_phone = FictionalResidentPhone(1);
      options.calendar_view = calendar_view;
      options.booking_preview = booking_preview;
      options.result_preview = result_preview;
      if (room_panel && !options.room_panel) options.room_panel = "";
    } else if (name == "--room-panel") {
      options.room_panel = value();
      if (options.room_panel->empty())
        Fail("--room-panel 的房间为空", "--room-panel needs a room: its id, code or name");
    } else if (name == "--screenshot") {
      options.screenshot_path = value();
      if (options.screenshot_path.empty())
        Fail("--screenshot 的文件名为空", "--screenshot needs a file name");
    } else if (name == "--lang") {
      const std::string text = value();
      if (text == "zh") {
        options.lang = ui::Lang::kZh;
      } else if (text == "en") {
        options.lang = ui::Lang::kEn;
      } else {
        Fail("语言只能是 zh 或 en：" + text, "--lang must be zh or en, not '" + text + "'");
      }
    } else if (name == "--large-text") {
      no_value();
      options.large_text = true;
    } else if (name == "--read-aloud-to") {
      options.read_aloud_path = value();
      if (options.read_aloud_path.empty())
        Fail("--read-aloud-to 的文件名为空", "--read-aloud-to needs a file name");
    } else if (name == "--targets") {
      options.targets_path = value();
      if (options.targets_path.empty()) Fail("--targets 的文件名为空", "--targets needs a file name");
    } else if (name == "--today") {
      const std::string text = value();
      options.today = LocalDateTime::ParseIso(text);
      if (!options.today)
        Fail("时间格式无效：" + text, "bad --today '" + text + "', expected YYYY-MM-DDTHH:MM");
    } else if (name == "--occurrence") {
      const std::string text = value();
      char* end = nullptr;
      const long long id = std::strtoll(text.c_str(), &end, 10);
      if (text.empty() || *end != '\0' || id <= 0)
        Fail("活动编号无效：" + text, "bad --occurrence '" + text + "', expected a positive number");
      options.occurrence = id;
    } else if (name == "--assets") {
      options.assets_dir = value();
      if (options.assets_dir.empty()) Fail("--assets 的目录为空", "--assets needs a folder");
    } else if (name == "--panel-inches") {
      const std::string text = value();
      char* end = nullptr;
      const double inches = std::strtod(text.c_str(), &end);
      if (text.empty() || *end != '\0' || !(inches >= 7 && inches <= 100))
        Fail("屏幕尺寸无效：" + text,
             "bad --panel-inches '" + text + "', expected the diagonal in inches, 7 to 100");
      options.panel_inches = inches;
    } else if (name == "--set-pin") {
      no_value();
      options.set_pin = true;
    } else if (name == "--print-sync-timer") {
      no_value();
      options.print_sync_timer = true;
    } else if (name == "--print-first-frame-ms") {
      no_value();
      options.print_first_frame_ms = true;
    } else {
      Fail("未知选项：" + arg, "unknown option '" + arg + "'");
    }
  }
  return options;
}

std::string UsageText() {
  return R"(社区服务一体机 / Community Service Kiosk

用法 / usage:  kiosk [--config kiosk.toml] [--db FILE] [选项 / options]

  --config FILE           配置文件，默认 $XDG_CONFIG_HOME/community-kiosk/kiosk.toml（可无）
                          / settings file; default ~/.config/community-kiosk/kiosk.toml if present
  --db FILE               本机数据库（此项或配置中的 db 必填） / the kiosk's database (or db in kiosk.toml)
  --key-file FILE         区密钥文件（kiosk-office keygen），演示数据库不需要
                          / the district key file (kiosk-office keygen); the demo database needs none
  --kiosk-id ID           本机编号，例如 TA01 / this kiosk's id, e.g. TA01
  --sync                  同步一次后退出（发送本机记录，导入办公室数据）/ sync once and exit (send this
                          kiosk's records, import the office's export); no window
  --share DIR             与办公室同步的共享文件夹 / the folder shared with the office for sync
  --windowed WxH          以窗口运行，例如 1920x1080；默认全屏 / run in a window; default full-screen
  --screen NAME           起始界面 / first screen: home calendar signup volunteer booking mine admin,
                          日历内 / inside the calendar: calendar-week calendar-day detail search calendar-filters,
                          预约内 / inside booking: booking-grid booking-confirm booking-result; room-panel;
                          完成后 / completed: signup-result signup-waitlisted volunteer-checked-in
                          volunteer-checked-out (演示数据上真实办理 / done for real on the demo data);
                          mine-list: 演示数据第一位居民的记录 / the demo's first resident's records
  --room-panel ROOM       作为房间门口的小屏：房间名、现在状态、今日预约、预约按钮（ROOM 为编号、代码或名称）
                          / run as the display beside a room's door (ROOM: its id, code or name)
  --lang zh|en            界面语言，默认中文 / language, default Chinese
                          命令行选项优先于配置文件 / every option overrides kiosk.toml
  --large-text            大字模式 / start in large-text mode
  --panel-inches N        屏幕对角线英寸数，决定实际尺寸 / the panel's diagonal in inches (sizes in mm
                          follow from it); default panel_diagonal_inches in kiosk.toml, else 23.8
  --assets DIR            界面素材目录（图标、待机画面）/ the UI's assets folder (tile icons, attract art);
                          default the installed share/community-kiosk/assets, else the source tree's
  --today YYYY-MM-DDTHH:MM  固定时钟（截图、测试用） / fix the clock (screenshots, tests)
  --occurrence ID         起始界面针对的活动（报名、签到） / the activity signup or volunteer opens with
  --screenshot OUT.png    绘制界面、保存 PNG 后退出 / render the screen, save a PNG, exit
  --read-aloud-to OUT.wav 把该界面“朗读”的内容写成 WAV 后退出 / write what 朗读 would say on the
                          screen to a WAV file, then exit
  --targets OUT.json      把可点击区域写入 JSON（测试用） / keep tappable targets in a JSON file (tests)
  --print-first-frame-ms  打印启动到首帧的毫秒数 / print the time to the first frame
  --set-pin               设置管理密码：输入两次，打印应写入 kiosk.toml 的一行
                          / set the admin PIN: type it twice, prints the line for kiosk.toml
  --print-sync-timer      打印按 sync_time 设置 kiosk-sync.timer 的 systemd 片段
                          / print the systemd drop-in that sets kiosk-sync.timer to sync_time
  --help                  显示本说明 / show this help

退出码 / exit codes:  0 正常 ok · 2 参数、配置、密钥或数据库错误 bad option, settings, key or database · 3 缺字体或无显示 no font or display
)";
}

}  // namespace kiosk::app
