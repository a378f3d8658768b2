{
  "targets": [
    {
      "target_name": "attune_item_index",
      "sources": ["src/binding.cc", "src/item_index.cc", "src/half.cc"],
      "include_dirs": ["../../node_modules/usearch/include", "../common"],
      "cflags!": ["-fno-exceptions", "-O2", "-O3"],
      "cflags_cc!": ["-fno-exceptions", "-std=gnu++17", "-O2"],
      "cflags_cc": ["-std=c++17", "-O3", "-fexceptions", "-fno-math-errno", "-pthread", "-Wno-unknown-pragmas", "-Wno-maybe-uninitialized"],
      "ldflags": ["-pthread"],
      "defines": ["NAPI_VERSION=8", "USEARCH_USE_OPENMP=0", "USEARCH_USE_NUMKONG=0"],
      "xcode_settings": {
        "OTHER_CPLUSPLUSFLAGS": ["-std=c++17", "-O3", "-fno-math-errno"],
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES"
      }
    }
  ]
}
