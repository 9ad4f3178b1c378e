// kiosk/app/glfw_window.cpp — GLFW initialisation, window creation and the activity callbacks.
#include "kiosk/app/glfw_window.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <spdlog/spdlog.h>

#include <string>

namespace kiosk::app {
namespace {

std::string g_last_glfw_error;  // glfw reports errors through a C callback with no user pointer

void RememberGlfwError(int code, const char* description) {
  g_last_glfw_error = description ? description : "";
  spdlog::debug("GLFW error {}: {}", code, g_last_glfw_error);
}

InputEvents& EventsOf(GLFWwindow* window) {
  return *static_cast<InputEvents*>(glfwGetWindowUserPointer(window));
}

}  // namespace

GlfwSession::GlfwSession() {
  glfwSetErrorCallback(RememberGlfwError);
  if (!glfwInit())
    throw PlatformError("无法连接显示器（DISPLAY 未设置？） / cannot open the display (is DISPLAY set?): " +
                        g_last_glfw_error);
}

GlfwSession::~GlfwSession() { glfwTerminate(); }

WindowSize GlfwSession::PlannedWindowSize(std::optional<WindowSize> windowed) const {
  if (windowed) return *windowed;
  GLFWmonitor* monitor = glfwGetPrimaryMonitor();
  const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
  if (!mode) throw PlatformError("找不到显示器 / no monitor found: " + g_last_glfw_error);
  return {mode->width, mode->height};
}

GlfwWindow::GlfwWindow(const GlfwSession& session, const char* title, std::optional<WindowSize> size) {
  const WindowSize planned = session.PlannedWindowSize(size);
  glfwDefaultWindowHints();
  // Alt+Tab or a notification taking the focus must not minimise the full-screen kiosk.
  glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);  // "#version 130" shaders, fine under Mesa
  GLFWmonitor* monitor = nullptr;
  if (size) {
    glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
  } else {
    monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    // Matching the current mode makes GLFW use "windowed full-screen": no mode switch, no flicker.
    glfwWindowHint(GLFW_RED_BITS, mode->redBits);
    glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
    glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
    glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
  }
  window_ = glfwCreateWindow(planned.width, planned.height, title, monitor, nullptr);
  if (!window_)
    throw PlatformError("无法创建 OpenGL 3.0 窗口 / cannot create an OpenGL 3.0 window: " +
                        g_last_glfw_error);
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(1);
  glfwSetWindowUserPointer(window_, &events_);
}

GlfwWindow::~GlfwWindow() { glfwDestroyWindow(window_); }

WindowSize GlfwWindow::FramebufferSize() const {
  WindowSize size;
  glfwGetFramebufferSize(window_, &size.width, &size.height);
  return size;
}

bool GlfwWindow::ShouldClose() const { return quit_requested_; }

void GlfwWindow::RequestQuit() {
  quit_requested_ = true;
  glfwPostEmptyEvent();  // the main loop may be waiting for events
}

void GlfwWindow::ShowPointer(bool shown) {
  glfwSetInputMode(window_, GLFW_CURSOR, shown ? GLFW_CURSOR_NORMAL : GLFW_CURSOR_HIDDEN);
}

void GlfwWindow::InstallEventCallbacks() {
  // ImGui 1.86's backend installs none of cursor-pos/refresh/size: those are ours alone. For the
  // others it saves the callbacks set here and calls them first (PrevUserCallback*).
  glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double, double) { EventsOf(w).input = true; });
  glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int, int, int) { EventsOf(w).input = true; });
  glfwSetScrollCallback(window_, [](GLFWwindow* w, double, double) { EventsOf(w).input = true; });
  glfwSetKeyCallback(window_, [](GLFWwindow* w, int key, int, int action, int) {
    EventsOf(w).input = true;
    // ImGui 1.86 reads keys as a held state per frame: a barcode scanner's Enter (pressed and
    // released between two frames) would be lost. Queued as a character it arrives; the volunteer
    // screen's scanner input takes '\r' as the end of a code.
    if (action == GLFW_PRESS && (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER))
      ImGui::GetIO().AddInputCharacter('\r');
  });
  glfwSetCharCallback(window_, [](GLFWwindow* w, unsigned int) { EventsOf(w).input = true; });
  glfwSetCursorEnterCallback(window_, [](GLFWwindow* w, int) { EventsOf(w).input = true; });
  glfwSetWindowFocusCallback(window_, [](GLFWwindow* w, int) { EventsOf(w).repaint = true; });
  glfwSetWindowRefreshCallback(window_, [](GLFWwindow* w) { EventsOf(w).repaint = true; });
  glfwSetFramebufferSizeCallback(window_, [](GLFWwindow* w, int, int) { EventsOf(w).repaint = true; });
  // Lockdown: the close button, the window manager's close and Alt+F4 do nothing visible.
  glfwSetWindowCloseCallback(window_, [](GLFWwindow* w) {
    glfwSetWindowShouldClose(w, GLFW_FALSE);
    spdlog::info("window close refused (kiosk lockdown)");
  });
}

InputEvents GlfwWindow::TakeEvents() {
  InputEvents taken = events_;
  events_ = {};
  return taken;
}

}  // namespace kiosk::app
