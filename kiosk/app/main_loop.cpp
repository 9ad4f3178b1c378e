// kiosk/app/main_loop.cpp — start-up order, frame drawing, and the draw-or-sleep loop.
//
// Start-up order matters for errors: the database and the font are checked before a window
// appears, so a bad --db gives one line on stderr and no flash on the screen.
#include "kiosk/app/main_loop.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cfloat>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>

#include "kiosk/app/assets_dir.h"
#include "kiosk/app/display_power.h"
#include "kiosk/app/frame_scheduler.h"
#include "kiosk/app/glfw_window.h"
#include "kiosk/app/health_reporter.h"
#include "kiosk/app/kiosk_fonts.h"
#include "kiosk/app/poster_textures.h"
#include "kiosk/app/screenshot.h"
#include "kiosk/app/sync_command.h"
#include "kiosk/app/targets_file.h"
#include "kiosk/core/config/district_key.h"
#include "kiosk/core/speech/speech_synthesis.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/core/text/text_gate.h"
#include "kiosk/ui/kiosk_ui.h"
#include "kiosk/ui/theme.h"

namespace kiosk::app {
namespace {

constexpr int kScreenshotMinFrames = 3;  // ImGui settles sizes, hover and text measurements in 2-3 frames
constexpr int kScreenshotMaxFrames = 12;
constexpr double kSyncPollSeconds = 5;  // how often a wake looks for a finished sync (one cheap query)

db::Database OpenDatabase(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw DatabaseOpenError("数据库文件不存在：" + path + " / database file not found: " + path);
  if (std::filesystem::is_directory(path, ec))
    throw DatabaseOpenError("不是数据库文件：" + path + " / not a database file: " + path);
  if (access(path.c_str(), R_OK) != 0)
    throw DatabaseOpenError("无法读取数据库：" + path + " / cannot read database: " + path);
  try {
    return OpenKioskDatabase(path, /*create_if_missing=*/false);
  } catch (const std::exception& e) {
    throw DatabaseOpenError("无法打开数据库 / cannot open database " + PrintableText(path) + ": " +
                            DescribeStorageFailure(e).Line());
  }
}

std::function<LocalDateTime()> MakeClock(const std::optional<LocalDateTime>& fixed) {
  if (fixed) return [now = *fixed] { return now; };
  return [] { return NowInShanghai(); };
}

double SecondsToNextMinute() {
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  const double seconds = std::chrono::duration<double>(now).count();
  return 60.0 - std::fmod(seconds, 60.0) + 0.02;  // just past the boundary, so the minute has changed
}

// 立即同步 on the admin screen: `kiosk --sync`'s own function (its checks, its messages). Runs on
// the admin's background thread with its own database connection.
ui::SyncJobResult RunSyncForAdmin(const KioskSettings& settings) {
  const SyncOutcome outcome = RunSync(settings);
  ui::SyncJobResult result{outcome.code == 0, PrintableText(outcome.line)};  // one line, whatever bytes
  if (!result.ok) spdlog::error("sync from the admin screen failed: {}", result.line);
  return result;
}

struct ImGuiContextScope {
  ImGuiContextScope() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // a kiosk keeps no window layout between runs
    io.LogFilename = nullptr;
  }
  ~ImGuiContextScope() { ImGui::DestroyContext(); }
};

struct RendererScope {
  explicit RendererScope(GLFWwindow* window) {
    ImGui_ImplGlfw_InitForOpenGL(window, /*install_callbacks=*/true);
    if (!ImGui_ImplOpenGL3_Init("#version 130")) {
      ImGui_ImplGlfw_Shutdown();
      throw PlatformError("OpenGL 3.0 初始化失败 / OpenGL 3.0 initialisation failed");
    }
  }
  ~RendererScope() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
  }
};

class KioskRunner {
 public:
  KioskRunner(const AppOptions& options, const KioskSettings& settings,
              const std::optional<std::string>& district_key, const StartupTimer& timer)
      : options_(options),
        settings_(settings),
        district_key_(district_key),
        timer_(timer),
        clock_(MakeClock(options.today)),
        targets_(options.targets_path) {}

  int Run() {
    // Database, UI and font lookup (~10 ms) run on a helper thread while the main thread connects
    // to the X server. Both finish before any window exists, so a bad --db never flashes one, and
    // its error wins over "no display".
    std::future<std::unique_ptr<KioskData>> prepared =
        std::async(std::launch::async, [this] { return PrepareData(); });
    std::optional<GlfwSession> glfw;
    try {
      glfw.emplace();
    } catch (...) {
      prepared.get();  // throws the database or font error first, if there is one
      throw;
    }
    data_ = prepared.get();
    Mark("X connection ready, helper thread joined");

    // The font atlas (~60 ms of glyph rasterising) is built on a helper thread while Mesa loads
    // and the window appears (~90 ms). The main thread makes no ImGui call until it has joined.
    const WindowSize planned = glfw->PlannedWindowSize(options_.windowed);
    std::future<void> atlas =
        std::async(std::launch::async, [&] { data_->fonts.BuildAtlas(data_->ui, planned); });
    std::optional<GlfwWindow> window;
    try {
      window.emplace(*glfw, "社区服务一体机 Community Service Kiosk", options_.windowed);
    } catch (...) {
      atlas.wait();
      throw;
    }
    atlas.get();  // rethrows a font error
    Mark("window created, font atlas built");
    window->InstallEventCallbacks();  // before the backend, which chains to them
    RendererScope renderer(window->handle());
    if (!settings_.mouse) {
      // A touch kiosk shows no pointer; the backend must not set it back each frame.
      ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
      window->ShowPointer(false);
    }
    data_->fonts.Upload(data_->ui);
    Mark("renderer initialised, font texture uploaded");
    window_ = &*window;
    const bool one_frame = !options_.screenshot_path.empty() || !options_.read_aloud_path.empty();
    if (!one_frame) health_.emplace(data_->database, InstallLastErrorSink());
    const int code = one_frame ? RunScreenshot() : RunInteractive();
    data_->posters.Clear();  // while the GL context still exists
    return code;
  }

 private:
  // Everything read from disk before the window opens. Members are built in this order; the UI
  // keeps a reference to the database, so this object never moves (held by unique_ptr).
  struct KioskData {
    KioskData(const AppOptions& options, const KioskSettings& settings,
              const std::optional<std::string>& district_key, std::function<LocalDateTime()> clock)
        : database(OpenDatabase(settings.db)),
          phone_hash_key(ChoosePhoneHashKey(database, district_key)),  // never the demo key for real data
          ui(database,
             ui::UiOptions{.lang = settings.language == Language::kEn ? ui::Lang::kEn : ui::Lang::kZh,
                           .large_text = options.large_text,
                           .start_screen = options.screen,
                           .start_calendar_view = options.calendar_view,
                           .textures = &posters,
                           .clock = std::move(clock),
                           .phone_hash_key = phone_hash_key,
                           .idle_reset_seconds = static_cast<double>(settings.idle_seconds),
                           .idle_warning_seconds = static_cast<double>(settings.idle_warning_seconds),
                           .keep_large_text = settings.keep_large_text,
                           .admin_pin_hash = settings.admin_pin_hash,
                           .unix_clock = {},  // the system clock
                           .start_occurrence = options.occurrence,
                           .booking_policy = {.grace_minutes = settings.booking_grace_minutes,
                                              .bookings_per_phone = settings.bookings_per_phone},
                           .site_code = settings.site_code,
                           .room_panel = options.room_panel,
                           .booking_preview = options.booking_preview,
                           .result_preview = options.result_preview,
                           .run_sync = [settings] { return RunSyncForAdmin(settings); },
                           .wake = [] { glfwPostEmptyEvent(); },  // the sync thread's result is drawn at once
                           .opening_hours = settings.opening_hours,
                           .panel_diagonal_inches = settings.panel_diagonal_inches,
                           .read_aloud_volume = settings.read_aloud_volume,
                           .printer = ParsePrinterTarget(settings.printer),
                           .my_records_phone = options.my_records_phone,
                           .assets = LoadAssetsOrWarn(options.assets_dir)}) {
      if (!settings.kiosk_id.empty()) SetKioskId(database, settings.kiosk_id);  // keeps next_seq
    }
    db::Database database;
    std::string phone_hash_key;
    PosterTextures posters;  // before ui, which holds a pointer to it
    ui::KioskUi ui;
    KioskFonts fonts;  // finds the font file (fontconfig)
  };

  std::unique_ptr<KioskData> PrepareData() const {
    auto data = std::make_unique<KioskData>(options_, settings_, district_key_, MakeClock(options_.today));
    Mark("database opened, UI built, font file found (helper thread)");
    return data;
  }

  // One frame into the back buffer; no swap. `hide_pointer` keeps the X pointer (Xvfb puts it
  // mid-screen) from hovering a tile in screenshots.
  void DrawFrame(bool hide_pointer) {
    const WindowSize size = window_->FramebufferSize();
    if (data_->fonts.NeedsRebuild(data_->ui, size)) {
      data_->fonts.Rebuild(data_->ui, size);
      Mark("font atlas built and uploaded");
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // Lockdown: only the first button is a touch; right and middle clicks never reach the UI.
    for (size_t button = 1; button < IM_ARRAYSIZE(ImGui::GetIO().MouseDown); ++button)
      ImGui::GetIO().MouseDown[button] = false;
    if (hide_pointer) {
      ImGuiIO& io = ImGui::GetIO();
      io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      for (bool& down : io.MouseDown) down = false;
    }
    ImGui::NewFrame();
    data_->ui.Draw();
    ImGui::Render();
    glViewport(0, 0, size.width, size.height);
    const ImVec4 background = ImGui::ColorConvertU32ToFloat4(ui::palette::Rgb(ui::palette::kBackground));
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    Mark("UI drawn");
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    Mark("frame rendered");
    if (data_->ui.targets().changed()) targets_.Update(data_->ui.targets().ToJson());
  }

  // Start-up phases at SPDLOG_LEVEL=debug, until the first frame is on screen.
  void Mark(const char* phase) const {
    if (!first_frame_shown_)
      spdlog::debug("startup: {} at {:.1f} ms after main()", phase, timer_.MsSinceMain());
  }

  void SwapAndNoteFirstFrame() {
    glfwSwapBuffers(window_->handle());
    if (first_frame_shown_) return;
    first_frame_shown_ = true;
    const double since_main = timer_.MsSinceMain();
    const auto since_start = StartupTimer::MsSinceProcessStart();
    spdlog::info("first frame {:.1f} ms after main()", since_main);
    if (options_.print_first_frame_ms) {
      std::printf("first frame: %.1f ms since process start, %.1f ms since main(), %d glyphs at %.0f px\n",
                  since_start.value_or(-1.0), since_main, data_->fonts.glyph_count(),
                  static_cast<double>(data_->fonts.pixel_size()));
      std::fflush(stdout);
    }
  }

  // Draws until the layout is still (no target moved since the previous frame, and at least
  // kScreenshotMinFrames so hover and text measurements settle), then saves that frame.
  int RunScreenshot() {
    for (int frame = 1;; ++frame) {
      DrawFrame(/*hide_pointer=*/true);
      const bool settled = frame >= kScreenshotMinFrames && !data_->ui.targets().changed() &&
                           !data_->ui.animating() && !data_->ui.font_rebuild_needed();
      if (settled || frame == kScreenshotMaxFrames) {
        if (!settled) spdlog::warn("screenshot: layout still moving after {} frames", frame);
        const WindowSize size = window_->FramebufferSize();
        if (!options_.screenshot_path.empty())
          SaveBackBufferPng(options_.screenshot_path, size.width, size.height);
        if (!options_.read_aloud_path.empty()) WriteReadAloud();
        SwapAndNoteFirstFrame();
        return 0;
      }
      SwapAndNoteFirstFrame();
      glfwPollEvents();
    }
  }

  // --read-aloud-to: the settled screen's 朗读 text, synthesised at kiosk.toml's volume.
  void WriteReadAloud() {
    const std::string& text = data_->ui.read_aloud_text();
    if (text.empty())
      throw FileWriteError("这个界面没有朗读内容 / this screen has nothing to read aloud: " +
                           options_.read_aloud_path);
    WriteWav(options_.read_aloud_path, SynthesizeMandarin(text, settings_.read_aloud_volume));
  }

  int RunInteractive() {
    FrameScheduler scheduler;
    std::optional<LocalDateTime> drawn_minute;
    long frames = 0;
    double sync_polled = glfwGetTime();
    while (!window_->ShouldClose()) {
      double now = glfwGetTime();
      const double wait = scheduler.WaitSeconds(now, SecondsToNextMinute());
      if (wait > 0) {
        glfwWaitEventsTimeout(wait);
      } else {
        glfwPollEvents();
      }
      now = glfwGetTime();
      const InputEvents events = window_->TakeEvents();
      if (events.input) scheduler.OnInput(now);
      if (events.repaint) scheduler.RequestFrames(1);
      scheduler.CheckDeadline(now);  // the UI's countdown or idle reset (it resets itself in Draw)
      // A finished `kiosk --sync` (another process): looked for on wakes that happen anyway (input,
      // the minute, a deadline), at most every kSyncPollSeconds; it never wakes the loop itself.
      if (now - sync_polled >= kSyncPollSeconds) {
        sync_polled = now;
        if (data_->ui.NoticeFinishedSync()) scheduler.RequestFrames(1);
      }
      const LocalDateTime minute = clock_();
      const bool date_changed = !drawn_minute || minute.date != drawn_minute->date;
      if (minute != drawn_minute && (date_changed || data_->ui.ShowsTheMinute())) scheduler.RequestFrames(1);
      // After the first frame (start-up stays fast), then hourly: the loop wakes every minute.
      if (first_frame_shown_) health_->RecordIfDue();
      if (!scheduler.WantsFrame() || !scheduler.FrameDue(now)) continue;

      DrawFrame(/*hide_pointer=*/false);
      SwapAndNoteFirstFrame();
      if (data_->ui.quit_requested()) window_->RequestQuit();  // staff's 退出 on the admin screen
      if (data_->ui.screen_dark() == display_on_) {            // the screen schedule: DPMS off while dark
        display_on_ = !display_on_;
        spdlog::info("display {} (DPMS {})", display_on_ ? "on" : "off",
                     SetDisplayPower(display_on_) ? "done" : "not available");
      }
      drawn_minute = minute;
      scheduler.OnFrameDrawn(now);
      // One more frame while the UI moves, after the targets changed (a new screen settles its
      // layout) and when fonts must be rebuilt (done between frames, at the top of DrawFrame).
      const bool animating = data_->ui.animating(), targets_changed = data_->ui.targets().changed(),
                 fonts = data_->ui.font_rebuild_needed();
      if (animating || targets_changed || fonts) scheduler.RequestFrames(1);
      const std::optional<double> due = data_->ui.SecondsUntilNextDeadline();
      scheduler.WakeAt(due ? std::optional<double>(now + *due) : std::nullopt);
      spdlog::trace("frame {} at {:.3f} s: input {} repaint {} animating {} targets {} fonts {}", ++frames,
                    now, events.input, events.repaint, animating, targets_changed, fonts);
    }
    return 0;
  }

  const AppOptions& options_;
  const KioskSettings& settings_;
  const std::optional<std::string>& district_key_;
  const StartupTimer& timer_;
  ImGuiContextScope imgui_;
  std::unique_ptr<KioskData> data_;
  std::function<LocalDateTime()> clock_;
  TargetsFile targets_;
  GlfwWindow* window_ = nullptr;
  bool first_frame_shown_ = false;
  std::optional<HealthReporter> health_;
  bool display_on_ = true;
};

}  // namespace

int RunKiosk(const AppOptions& options, const KioskSettings& settings,
             const std::optional<std::string>& district_key, const StartupTimer& timer) {
  KioskRunner runner(options, settings, district_key, timer);
  return runner.Run();
}

}  // namespace kiosk::app
