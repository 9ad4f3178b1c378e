// kiosk/app/glfw_window.h — the one platform window: GLFW + an OpenGL 3.0 context.
//
// Implements:
//   PlatformError   thrown when there is no display or no usable OpenGL (one readable line)
//   InputEvents     what the callbacks saw since the main loop last looked (input, resize, expose)
//   GlfwWindow      owns glfwInit/glfwTerminate and the window; full-screen or windowed
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
  bool input = false;     // pointer, touch, key, scroll, focus: the user did something
  bool repaint = false;   // exposed or resized: draw again, but the user did nothing
};

class GlfwWindow {
 public:
  // Full-screen on the primary monitor at its current mode when `size` is empty (no mode switch).
  // The window is visible; vsync on. Throws PlatformError.
  GlfwWindow(const char* title, std::optional<WindowSize> size);
  ~GlfwWindow();
  GlfwWindow(const GlfwWindow&) = delete;
  GlfwWindow& operator=(const GlfwWindow&) = delete;

  GLFWwindow* handle() const { return window_; }
  WindowSize FramebufferSize() const;
  bool ShouldClose() const;

  // Installs the activity callbacks. Call BEFORE ImGui_ImplGlfw_InitForOpenGL, which chains to them.
  void InstallEventCallbacks();
  // Returns and clears what happened since the last call.
  InputEvents TakeEvents();

 private:
  GLFWwindow* window_ = nullptr;
  InputEvents events_;
};

}  // namespace kiosk::app
