/** The search terms of `npm run bench` and `npm run bench:engine`: broad and narrow, with and without marks, one typo. */
export const SEARCH_TERMS = ["che shan tuyet", "chè shan tuyết", "CHE SHAN", "choi chit", "mat ong", "dong van", "tra peng", "gung", "ruou ngo", "cam sanh", "thao qua", "bo kho", "hong tra", "che shan tuyat", "mien dong", "nuoc mam", "gao", "tinh dau", "ca phe", "thu cong"];
