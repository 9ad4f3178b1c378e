// kiosk/app/main_loop.cpp — start-up order, frame drawing, and the draw-or-sleep loop.
//
// Start-up order matters for errors: the database and the font are checked before a window
// appears, so a bad --db gives one line on stderr and no flash on the screen.
#include "kiosk/app/main_loop.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cfloat>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "kiosk/app/frame_scheduler.h"
#include "kiosk/app/glfw_window.h"
#include "kiosk/app/kiosk_fonts.h"
#include "kiosk/app/poster_textures.h"
#include "kiosk/app/screenshot.h"
#include "kiosk/app/targets_file.h"
#include "kiosk/core/kiosk_database.h"
#include "kiosk/ui/kiosk_ui.h"
#include "kiosk/ui/theme.h"

namespace kiosk::app {
namespace {

constexpr int kScreenshotFrames = 5;  // layout, hover and text measurements settle in 2-3 frames

std::string OneLine(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

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
    throw DatabaseOpenError("无法打开数据库 " + path + "（文件损坏或版本不符） / cannot open database " + path +
                            ": " + OneLine(e.what()));
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
  KioskRunner(const AppOptions& options, const StartupTimer& timer)
      : options_(options),
        timer_(timer),
        database_(OpenDatabase(options.db_path)),
        ui_(database_, ui::UiOptions{.lang = options.lang,
                                     .large_text = options.large_text,
                                     .start_screen = options.screen,
                                     .start_calendar_view = options.calendar_view,
                                     .textures = &posters_,
                                     .clock = MakeClock(options.today)}),
        clock_(MakeClock(options.today)),
        targets_(options.targets_path) {}

  int Run() {
    GlfwWindow window("社区服务一体机 Community Service Kiosk", options_.windowed);
    window.InstallEventCallbacks();  // before the backend, which chains to them
    RendererScope renderer(window.handle());
    window_ = &window;
    const int code = options_.screenshot_path.empty() ? RunInteractive() : RunScreenshot();
    posters_.Clear();  // while the GL context still exists
    return code;
  }

 private:
  // One frame into the back buffer; no swap. `hide_pointer` keeps the X pointer (Xvfb puts it
  // mid-screen) from hovering a tile in screenshots.
  void DrawFrame(bool hide_pointer) {
    const WindowSize size = window_->FramebufferSize();
    if (fonts_.NeedsRebuild(ui_, size)) fonts_.Rebuild(ui_, size);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (hide_pointer) {
      ImGuiIO& io = ImGui::GetIO();
      io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      for (bool& down : io.MouseDown) down = false;
    }
    ImGui::NewFrame();
    ui_.Draw();
    ImGui::Render();
    glViewport(0, 0, size.width, size.height);
    const ImVec4 background = ImGui::ColorConvertU32ToFloat4(ui::palette::Rgb(ui::palette::kBackground));
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (ui_.targets().changed()) targets_.Update(ui_.targets().ToJson());
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
                  since_start.value_or(-1.0), since_main, fonts_.glyph_count(),
                  static_cast<double>(fonts_.pixel_size()));
      std::fflush(stdout);
    }
  }

  int RunScreenshot() {
    for (int frame = 1; frame <= kScreenshotFrames; ++frame) {
      DrawFrame(/*hide_pointer=*/true);
      if (frame == kScreenshotFrames) {
        const WindowSize size = window_->FramebufferSize();
        SaveBackBufferPng(options_.screenshot_path, size.width, size.height);
      }
      SwapAndNoteFirstFrame();
      glfwPollEvents();
    }
    return 0;
  }

  int RunInteractive() {
    FrameScheduler scheduler;
    std::optional<LocalDateTime> drawn_minute;
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
      if (scheduler.TakeIdleReset(now)) {
        ui_.ResetAll();  // half-filled forms cleared, back to home: nothing personal stays on screen
        scheduler.RequestFrames(2);
      }
      const LocalDateTime minute = clock_();
      if (minute != drawn_minute) scheduler.RequestFrames(1);
      if (!scheduler.WantsFrame() || !scheduler.FrameDue(now)) continue;

      DrawFrame(/*hide_pointer=*/false);
      SwapAndNoteFirstFrame();
      drawn_minute = minute;
      scheduler.OnFrameDrawn(now);
      // One more frame when the UI moves, the targets changed (the registry reports them a
      // frame late) or fonts must be rebuilt (done between frames, at the top of DrawFrame).
      if (ui_.animating() || ui_.targets().changed() || ui_.font_rebuild_needed()) scheduler.RequestFrames(1);
    }
    return 0;
  }

  const AppOptions& options_;
  const StartupTimer& timer_;
  ImGuiContextScope imgui_;
  db::Database database_;
  PosterTextures posters_;  // before ui_, which holds a pointer to it
  ui::KioskUi ui_;
  std::function<LocalDateTime()> clock_;
  KioskFonts fonts_;  // finds the font before any window appears
  TargetsFile targets_;
  GlfwWindow* window_ = nullptr;
  bool first_frame_shown_ = false;
};

}  // namespace

int RunKiosk(const AppOptions& options, const StartupTimer& timer) {
  KioskRunner runner(options, timer);
  return runner.Run();
}

}  // namespace kiosk::app
