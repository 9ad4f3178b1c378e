// kiosk/core/handwriting/handwriting_recognizer.h — a character written with a finger becomes
// Chinese candidates, best first: Zinnia (Debian's libzinnia) with the Simplified Chinese model
// from Debian's tegaki-zinnia-simplified-chinese.
//
// Implements:
//   HandwritingModelMissing     the model file is absent or unreadable (names the package)
//   InkPoint, InkStroke, Ink    what the finger drew, in the pad's own pixels
//   HandwritingCandidate        one candidate and Zinnia's score
//   HandwritingRecognizer       ink -> top-N candidates; stateless between calls
//   DefaultHandwritingModel     where the Debian package installs the model
//
// The pad may be any size: the ink is scaled into the model's square before classification, so
// a character written small in a corner is recognised like one filling the pad.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace kiosk {

class HandwritingModelMissing : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct InkPoint {
  float x = 0, y = 0;  // y grows downwards, as on the screen
};
using InkStroke = std::vector<InkPoint>;
using Ink = std::vector<InkStroke>;

struct HandwritingCandidate {
  std::string text;  // one character, UTF-8
  float score = 0;   // Zinnia's; higher is better
};

std::string DefaultHandwritingModel();

class HandwritingRecognizer {
 public:
  // Throws HandwritingModelMissing.
  explicit HandwritingRecognizer(const std::string& model = DefaultHandwritingModel());
  ~HandwritingRecognizer();
  HandwritingRecognizer(const HandwritingRecognizer&) = delete;
  HandwritingRecognizer& operator=(const HandwritingRecognizer&) = delete;

  // At most `max` candidates, best first; none for empty ink. Strokes with no point are ignored.
  std::vector<HandwritingCandidate> Recognize(const Ink& ink, size_t max) const;

 private:
  struct Model;
  std::unique_ptr<Model> model_;
};

}  // namespace kiosk
