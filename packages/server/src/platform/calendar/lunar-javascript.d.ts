/**
 * The part of lunar-javascript (6tail; ships no types) that the calendar uses: a lunar date to
 * its Gregorian day. The package is CommonJS; it is imported through its default export.
 */
declare module 'lunar-javascript' {
  interface Solar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    /** 'YYYY-MM-DD' */
    toYmd(): string;
  }
  interface Lunar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    getSolar(): Solar;
  }
  const lunarJavascript: {
    Lunar: {
      /** A day of the lunar calendar; a negative month is the leap month of that number. */
      fromYmd(year: number, month: number, day: number): Lunar;
    };
    Solar: {
      fromYmd(year: number, month: number, day: number): Solar;
    };
  };
  export = lunarJavascript;
}
