// kiosk/core/calendar_import/site_category_resolver.cpp — site from X-KIOSK-SITE, --site or the
// LOCATION; category from CATEGORIES, --category or 其他.
#include "kiosk/core/calendar_import/site_category_resolver.h"

#include <algorithm>

namespace kiosk {

namespace {

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

SiteCategoryResolver::SiteCategoryResolver(db::Database& db, PlainCalendarDefaults defaults)
    : defaults_(std::move(defaults)) {
  db::Statement sites(db, "SELECT name_zh, name_en FROM sites");
  while (sites.Step()) {
    for (int column = 0; column < 2; ++column) {
      if (std::string name = sites.ColumnText(column); !name.empty()) site_names_.push_back(std::move(name));
    }
  }
  // Longest first, so "圣南社区党群服务中心" finds 圣南社区 even if a site were called 圣南.
  std::stable_sort(site_names_.begin(), site_names_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

SourceRef SiteCategoryResolver::SiteOf(const SourceEvent& event) const {
  if (!event.site.empty()) return event.site;
  if (!defaults_.site.empty()) return SourceRef{{defaults_.site}, event.line, "--site"};
  const std::string venue = AsciiLower(event.venue);
  for (const std::string& name : site_names_) {
    if (venue.find(AsciiLower(name)) != std::string::npos) return SourceRef{{name}, event.line, "LOCATION"};
  }
  return SourceRef{{}, event.line, "LOCATION"};
}

ImportProblem SiteCategoryResolver::NoSiteProblem(const SourceEvent& event, const std::string& file) const {
  std::string where;  // built by appends: GCC 12 warns falsely on a `+` chain here (-Wrestrict)
  if (!event.venue.empty()) where.append(" ").append(QuoteForProblem(event.venue));
  std::string zh = "不知道是哪个社区的活动：地点";
  zh.append(where).append("中没有已知的社区名称，请用 --site 指定社区（如 --site fusheng）");
  std::string en = "no site: the LOCATION";
  en.append(where).append(" names no known site; pass --site CODE (e.g. --site fusheng)");
  return {file, event.line, "LOCATION", std::move(zh), std::move(en)};
}

bool SiteCategoryResolver::UsesFallbackCategory(const SourceRef& category) {
  return category.empty() || category.field == "CATEGORIES";
}

SourceRef SiteCategoryResolver::FallbackCategory(const SourceEvent& event) const {
  if (!defaults_.category.empty()) return SourceRef{{defaults_.category}, event.line, "--category"};
  return SourceRef{{std::string(kFallbackCategory)}, event.line, "CATEGORIES"};
}

}  // namespace kiosk
