// kiosk/core/handwriting/handwriting_recognizer.cpp — HandwritingRecognizer over Zinnia's C API.
#include "kiosk/core/handwriting/handwriting_recognizer.h"

#include <zinnia.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kiosk {

#ifndef KIOSK_ZINNIA_MODEL
#define KIOSK_ZINNIA_MODEL "/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model"
#endif

std::string DefaultHandwritingModel() { return KIOSK_ZINNIA_MODEL; }

namespace {

constexpr int kSquare = 300;  // the square the ink is scaled into (Zinnia normalises further)
constexpr float kMargin = 0.1f;

struct CharacterDeleter {
  void operator()(zinnia_character_t* c) const { zinnia_character_destroy(c); }
};
struct ResultDeleter {
  void operator()(zinnia_result_t* r) const { zinnia_result_destroy(r); }
};

}  // namespace

struct HandwritingRecognizer::Model {
  zinnia_recognizer_t* recognizer = zinnia_recognizer_new();
  ~Model() { zinnia_recognizer_destroy(recognizer); }
};

HandwritingRecognizer::HandwritingRecognizer(const std::string& model) : model_(std::make_unique<Model>()) {
  if (!zinnia_recognizer_open(model_->recognizer, model.c_str()))
    throw HandwritingModelMissing("手写识别模型无法打开：" + model +
                                  "（请安装 tegaki-zinnia-simplified-chinese）" +
                                  " / the handwriting model could not be opened: " + model +
                                  " (install tegaki-zinnia-simplified-chinese)");
}

HandwritingRecognizer::~HandwritingRecognizer() = default;

std::vector<HandwritingCandidate> HandwritingRecognizer::Recognize(const Ink& ink, size_t max) const {
  std::vector<HandwritingCandidate> out;
  float x0 = std::numeric_limits<float>::max(), y0 = x0, x1 = -x0, y1 = -x0;
  for (const InkStroke& s : ink)
    for (const InkPoint& p : s) {
      x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
      y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
    }
  if (max == 0 || x0 > x1) return out;
  // One scale for both axes, centred: a 一 stays flat, a 丨 stays thin.
  const float side = std::max({x1 - x0, y1 - y0, 1.0f});
  const float scale = kSquare * (1 - 2 * kMargin) / side;
  const float ox = kSquare / 2.0f - (x0 + x1) / 2 * scale, oy = kSquare / 2.0f - (y0 + y1) / 2 * scale;

  std::unique_ptr<zinnia_character_t, CharacterDeleter> character(zinnia_character_new());
  zinnia_character_set_width(character.get(), kSquare);
  zinnia_character_set_height(character.get(), kSquare);
  size_t id = 0;
  for (const InkStroke& s : ink) {
    if (s.empty()) continue;
    for (const InkPoint& p : s)
      zinnia_character_add(character.get(), id, static_cast<int>(std::lround(p.x * scale + ox)),
                           static_cast<int>(std::lround(p.y * scale + oy)));
    ++id;
  }
  std::unique_ptr<zinnia_result_t, ResultDeleter> result(
      zinnia_recognizer_classify(model_->recognizer, character.get(), max));
  if (!result) return out;
  for (size_t i = 0; i < zinnia_result_size(result.get()); ++i)
    out.push_back({zinnia_result_value(result.get(), i), zinnia_result_score(result.get(), i)});
  return out;
}

}  // namespace kiosk
