// Target registry: what --targets dumps for external drivers.
#include <gtest/gtest.h>

#include "kiosk/ui/target_registry.h"

namespace kiosk::ui {
namespace {

TEST(TargetRegistry, JsonEscapesAndRoundsToWholePixels) {
  TargetRegistry r;
  r.BeginFrame();
  r.Add({"活动日历", 10.4f, 20.6f, 100.0f, 72.0f});
  r.Add({"say \"hi\"\\", 0, 0, 1, 1});
  r.EndFrame();
  const std::string json = r.ToJson();
  EXPECT_NE(json.find("{\"label\": \"活动日历\", \"x\": 10, \"y\": 21, \"w\": 100, \"h\": 72}"), std::string::npos)
      << json;
  EXPECT_NE(json.find(R"("say \"hi\"\\")"), std::string::npos) << json;
}

TEST(TargetRegistry, ReportsChangesOnlyWhenTheTargetsChange) {
  TargetRegistry r;
  r.BeginFrame();
  r.Add({"a", 0, 0, 1, 1});
  r.EndFrame();
  EXPECT_TRUE(r.changed());
  r.BeginFrame();
  r.Add({"a", 0, 0, 1, 1});
  r.EndFrame();
  EXPECT_FALSE(r.changed());
  r.BeginFrame();
  r.Add({"b", 0, 0, 1, 1});
  r.EndFrame();
  EXPECT_TRUE(r.changed());
  EXPECT_TRUE(r.Find("b"));
  EXPECT_FALSE(r.Find("a"));
}

}  // namespace
}  // namespace kiosk::ui
