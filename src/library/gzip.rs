//! Gzipped articles and corpora: named `.gz`, or gzip by their first bytes.

use std::io::Read;
use std::path::Path;

/// Is the file gzipped (its name ends in `.gz`)?
pub fn is_gzip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Do these first bytes open a gzip stream?
pub(super) fn is_gzip_data(head: &[u8]) -> bool {
    head.starts_with(b"\x1f\x8b")
}

/// A gzipped stream's content as it is unpacked; a damaged stream reads as
/// an error that says so.
pub(super) fn open_gzip<R: std::io::BufRead>(reader: R) -> impl Read {
    struct Gz<R>(flate2::bufread::MultiGzDecoder<R>);
    impl<R: std::io::BufRead> Read for Gz<R> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.0.read(buf).map_err(|e| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("not a readable gzip file ({e})"),
                )
            })
        }
    }
    Gz(flate2::bufread::MultiGzDecoder::new(reader))
}
