// kiosk/app/glfw_window.h — the one platform window: GLFW + an OpenGL 3.0 context.
//
// Implements:
//   PlatformError   thrown when there is no display or no usable OpenGL (one readable line)
//   InputEvents     what the callbacks saw since the main loop last looked (input, resize, expose)
//   GlfwSession     glfwInit/glfwTerminate, and the window size to expect before creating it
//   GlfwWindow      the window: full-screen on the primary monitor or windowed, locked down: it
//                   refuses to close and does not minimise when it loses focus
#pragma once

#include <optional>
#include <stdexcept>

#include "kiosk/app/app_options.h"

struct GLFWwindow;

namespace kiosk::app {

class PlatformError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct InputEvents {
  bool input = false;    // pointer, touch, key, scroll, focus: the user did something
  bool repaint = false;  // exposed or resized: draw again, but the user did nothing
};

class GlfwSession {
 public:
  GlfwSession();  // throws PlatformError when there is no display
  ~GlfwSession();
  GlfwSession(const GlfwSession&) = delete;
  GlfwSession& operator=(const GlfwSession&) = delete;
  // `windowed`, or the primary monitor's current mode. Known before the (slow: Mesa loads, ~90 ms)
  // window creation, so the font atlas can be built meanwhile. Throws PlatformError.
  WindowSize PlannedWindowSize(std::optional<WindowSize> windowed) const;
};

class GlfwWindow {
 public:
  // Full-screen on the primary monitor at its current mode when `size` is empty (no mode switch).
  // The window is visible; vsync on. Throws PlatformError.
  GlfwWindow(const GlfwSession& session, const char* title, std::optional<WindowSize> size);
  ~GlfwWindow();
  GlfwWindow(const GlfwWindow&) = delete;
  GlfwWindow& operator=(const GlfwWindow&) = delete;

  GLFWwindow* handle() const { return window_; }
  WindowSize FramebufferSize() const;
  bool ShouldClose() const;

  // Installs the activity callbacks. Call BEFORE ImGui_ImplGlfw_InitForOpenGL, which chains to them.
  // Also the lockdown: the window's close (its button, Alt+F4 through the window manager) is
  // refused, so only the kiosk itself decides to quit (RequestQuit).
  void InstallEventCallbacks();
  // The pointer is hidden on a touch kiosk; shown when kiosk.toml says a mouse is attached.
  void ShowPointer(bool shown);
  // The kiosk's own way out (the staff admin's 退出): the main loop ends after this frame.
  void RequestQuit();
  // Returns and clears what happened since the last call.
  InputEvents TakeEvents();

 private:
  GLFWwindow* window_ = nullptr;
  InputEvents events_;
  bool quit_requested_ = false;
};

}  // namespace kiosk::app
