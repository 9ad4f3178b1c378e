// tests/core/handwriting/finger_ink.h — characters "written as a finger would", for the
// handwriting tests and benchmark: stroke medians from the npm registry's hanzi-writer-data
// (derived from Make Me a Hanzi), fetched once with npm into ~/.cache/kiosk-test/, then
// resampled and jittered like a fingertip on a touch pad. Also the characters of the demo's titles.
//
// Header-only so core tests, UI tests and the benchmark share it.
#pragma once

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "kiosk/core/handwriting/handwriting_recognizer.h"
#include "kiosk/core/text/utf8.h"

namespace kiosk::testing {

// The folder holding one <character>.json per character. Fetches the package with npm when it is
// not there yet; throws (the caller's test fails) when that does not work.
inline std::filesystem::path HanziWriterDataDir() {
  const char* home = std::getenv("HOME");
  const std::filesystem::path cache =
      std::filesystem::path(home && *home ? home : "/tmp") / ".cache" / "kiosk-test";
  const std::filesystem::path dir = cache / "node_modules" / "hanzi-writer-data";
  if (std::filesystem::exists(dir / "package.json")) return dir;
  std::filesystem::create_directories(cache);
  const std::string command = "npm install --no-audit --no-fund --silent --prefix '" + cache.string() +
                              "' hanzi-writer-data@2.0.1 >/dev/null 2>&1";
  if (std::system(command.c_str()) != 0 || !std::filesystem::exists(dir / "package.json"))
    throw std::runtime_error("could not fetch hanzi-writer-data with npm into " + cache.string());
  return dir;
}

// The stroke medians of `character` in hanzi-writer-data's 1024 box (y up from a baseline at 900).
inline std::vector<std::vector<InkPoint>> HanziMedians(const std::filesystem::path& dir,
                                                       const std::string& character) {
  std::ifstream in(dir / (character + ".json"));
  if (!in) throw std::runtime_error("hanzi-writer-data has no " + character);
  const nlohmann::json j = nlohmann::json::parse(in);
  std::vector<std::vector<InkPoint>> out;
  for (const auto& stroke : j.at("medians")) {
    std::vector<InkPoint> s;
    for (const auto& p : stroke) s.push_back({p.at(0).get<float>(), 900.0f - p.at(1).get<float>()});
    out.push_back(std::move(s));
  }
  return out;
}

// A finger on a pad `pad` pixels square: medians scaled into it, resampled every ~6 px as touch
// events arrive, each stroke shifted a little as a whole, and every point jittered by a few pixels.
inline Ink FingerInk(const std::vector<std::vector<InkPoint>>& medians, float pad, std::mt19937& rng) {
  std::normal_distribution<float> point_jitter(0.0f, pad * 0.008f);
  std::normal_distribution<float> stroke_shift(0.0f, pad * 0.015f);
  const float scale = pad / 1024.0f;
  Ink ink;
  for (const auto& median : medians) {
    const float dx = stroke_shift(rng), dy = stroke_shift(rng);
    InkStroke s;
    for (size_t i = 0; i + 1 < median.size(); ++i) {
      const InkPoint a = median[i], b = median[i + 1];
      const float len = std::hypot(b.x - a.x, b.y - a.y) * scale;
      const int steps = std::max(1, static_cast<int>(len / 6.0f));
      for (int k = 0; k < steps; ++k) {
        const float t = static_cast<float>(k) / static_cast<float>(steps);
        s.push_back({(a.x + (b.x - a.x) * t) * scale + dx + point_jitter(rng),
                     (a.y + (b.y - a.y) * t) * scale + dy + point_jitter(rng)});
      }
    }
    if (!median.empty())
      s.push_back({median.back().x * scale + dx + point_jitter(rng),
                   median.back().y * scale + dy + point_jitter(rng)});
    ink.push_back(std::move(s));
  }
  return ink;
}

// Every distinct Chinese character of the demo's activity titles (SUMMARY lines of events.ics.in).
inline std::vector<std::string> DemoTitleCharacters(const std::filesystem::path& demo_dir) {
  std::ifstream in(demo_dir / "events.ics.in");
  if (!in) throw std::runtime_error("no events.ics.in in " + demo_dir.string());
  std::set<std::string> seen;
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("SUMMARY", 0) != 0) continue;
    const std::string_view title = std::string_view(line).substr(line.find(':') + 1);
    ForEachCodePoint(title, [&](char32_t c, std::string_view bytes) {
      if (c >= 0x4E00 && c <= 0x9FFF && seen.insert(std::string(bytes)).second) out.emplace_back(bytes);
    });
  }
  return out;
}

}  // namespace kiosk::testing
