// Generates collation_vi_icu.json, the oracle of tests/vi/test_vi_collation.py.
//
// Run once, by hand, with Node.js built with full ICU (Node 20+ is):
//     node tests/vi/data/make_collation_golden.mjs > tests/vi/data/collation_vi_icu.json
// The strings are sorted by Intl.Collator("vi") -- ICU's "vi" collation with its defaults
// (strength tertiary, punctuation not ignored, lowercase first) -- and strings that ICU
// calls equal to an earlier one are dropped, so the list is strictly increasing.
// Nothing runs this at test time; the JSON file is committed.

const collator = new Intl.Collator("vi");

const letters = [..."aăâbcdđeêghiklmnoôơpqrstuưvxy"];
const extra = [..."fjwz"];
const tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
const vowels = new Set([..."aăâeêioôơuưy"]);
const words = [
  // The seed article, reference/tay-ho-facts.md and the reference rules.
  "Tây Hồ", "Tây Ninh", "Tây", "Tầy", "Hà Nội", "Hà Giang", "Hà", "Hàm", "Hả", "Hạ Long",
  "Bưởi", "Thụy Khuê", "Thuỵ Khuê", "Yên Phụ", "Tứ Liên", "Nhật Tân", "Quảng An",
  "Xuân La", "Phú Thượng", "Ba Đình", "Từ Liêm", "Cầu Giấy", "Hồng Hà", "Nghĩa Đô",
  "Nguyễn Văn Thắng", "Đỗ Anh Tuấn", "Trần Quang Đạo", "Nguyễn Đình Khuyến",
  "Nguyễn Thục Lương", "Đắk Lắk", "Đà Nẵng", "Dak", "Đàm", "đam", "Đam", "đàm",
  "HĐND", "UBND", "UBMTTQ", "MTTQ", "HĐND- UBND-UBMTTQ", "HĐND&UBND", "KT-XH",
  "hòa", "hoà", "hoa", "hóa", "hỏa", "hõa", "họa", "khỏe", "khoẻ", "thủy", "thuỷ",
  "Ủy ban", "Uỷ ban", "ủy", "uỷ", "uy", "quý", "quỳnh", "giá", "gì", "người", "ngoài",
  "Quận 1", "Quận 10", "Quận 2", "quận", "Quận", "phường", "Phường", "thành phố",
  "a", "A", "á", "Á", "ă", "Ă", "ắ", "â", "Â", "ấ", "ư", "Ư", "ừ", "u", "U", "ơ", "ô", "o",
  "ma", "mà", "mả", "mã", "má", "mạ", "Ma", "MA", "mA", "baả", "bảa", "bb", "ba", "Ba",
  "an", "ấp", "ăn", "ân", "anh", "ánh", "ảnh", "Zô", "zô", "z", "w", "f", "j",
  "a b", "a-b", "a_b", "a,b", "a;b", "a:b", "a!b", "a?b", "a.b", "a'b", "a\"b", "a(b",
  "a)b", "a[b", "a]b", "a{b", "a}b", "a@b", "a*b", "a/b", "a\\b", "a&b", "a#b", "a%b",
  "a`b", "a^b", "a+b", "a<b", "a=b", "a>b", "a|b", "a~b", "a$b", "a0", "a1", "a9", "ab",
  "0", "1", "10", "2", "9", "01", "56,82%", "11/02/2020", "2020-02-11", "03 cơ quan",
  "14 nội dung", "", " ", "-", "–", "—", "«a»", "“a”", "‘a’", "§1", "a°", "1₫", "1€",
];

// A small deterministic generator (LCG) of random Vietnamese-like strings.
let seed = 20200211;
function next(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
function syllable() {
  let s = "";
  const length = 1 + next(4);
  let toned = false;
  for (let i = 0; i < length; i++) {
    const pool = next(10) === 0 ? extra : letters;
    let c = pool[next(pool.length)];
    if (next(4) === 0) c = c.toUpperCase();
    s += c;
    if (!toned && vowels.has(c.toLowerCase()) && next(2) === 0) {
      s += tones[next(tones.length)];
      toned = true;
    }
  }
  return s.normalize("NFC");
}
const separators = [" ", " ", " ", "-", ",", ".", "0", "1", "2", "9"];
for (let i = 0; i < 2500; i++) {
  let s = syllable();
  const more = next(3);
  for (let j = 0; j < more; j++) s += separators[next(separators.length)] + syllable();
  words.push(s);
}

const unique = [...new Set(words.map((w) => w.normalize("NFC")))];
unique.sort(collator.compare);
const strings = [];
for (const s of unique) {
  if (strings.length && collator.compare(strings[strings.length - 1], s) === 0) continue;
  strings.push(s);
}
const out = {
  generator: "tests/vi/data/make_collation_golden.mjs",
  collator: 'Intl.Collator("vi")',
  node: process.version,
  icu: process.versions.icu,
  unicode: process.versions.unicode,
  strings,
};
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
