// kiosk/ui/widgets/handwriting_pad.h — the 手写 pad: a box the resident writes one character in
// with a finger; each stroke is drawn as it is made and, when the finger lifts, Zinnia offers
// candidates (kiosk/core/handwriting). The pinyin keyboard shows it in place of its letter keys.
//
// The widget holds only the ink and the candidates for it; Clear() (重写, a candidate chosen,
// the owner's Reset) forgets both. It never keeps what was written once cleared.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <memory>
#include <vector>

#include "kiosk/core/handwriting/handwriting_recognizer.h"
#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

class HandwritingPad {
 public:
  HandwritingPad();
  ~HandwritingPad();
  HandwritingPad(const HandwritingPad&) = delete;
  HandwritingPad& operator=(const HandwritingPad&) = delete;

  void Clear();
  // Draws the pad over [min, max] and takes the finger's strokes inside it; recognises when a
  // stroke ends. Registers the pad as one target (its label says what it is for).
  void Draw(ScreenContext& ctx, ImVec2 min, ImVec2 max);

  // Candidates for the ink so far, best first; empty before the first stroke.
  const std::vector<HandwritingCandidate>& candidates() const { return candidates_; }
  // Grows each time the candidates change, so an owner can tell it has new ones.
  uint64_t generation() const { return generation_; }
  bool empty() const { return ink_.empty(); }
  // True when the model could not be opened (the pad says so; the keyboard still works).
  bool unavailable() const { return unavailable_; }

 private:
  void Recognize();

  std::unique_ptr<HandwritingRecognizer> recognizer_;
  bool unavailable_ = false;
  Ink ink_;
  bool writing_ = false;  // a stroke is being drawn (the finger is down on the pad)
  std::vector<HandwritingCandidate> candidates_;
  uint64_t generation_ = 0;
};

}  // namespace kiosk::ui
