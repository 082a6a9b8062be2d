import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';

/** Page and page size of a table paged on the server; a new page size starts again at page 1. */
export function useServerPaging(initialPageSize: number, pageSizeOptions: number[] = [10, 20, 50, 100]) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialPageSize);
  const pagination = (total: number | undefined): TablePaginationConfig => ({
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions,
    onChange: (next, size) => {
      setPage(size === pageSize ? next : 1);
      setPageSize(size);
    },
  });
  return { page, pageSize, setPage, pagination };
}
