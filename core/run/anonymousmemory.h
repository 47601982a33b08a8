#pragma once

#include <cstddef>
#include <memory>

// Memory straight from the kernel, for the big arrays a run fills as it goes: zero-filled,
// mapped only where it is first touched, and in 2 MB pages where the kernel has them. A
// million jobs' worth of 4 KB pages is thousands of page faults, each slow in a virtual
// machine; in 2 MB pages it is one where there would be 512.
namespace AnonymousMemory {
inline constexpr std::size_t hugePageBytes = 2 * 1024 * 1024;

// 2 MB and more start on a 2 MB boundary. Throws std::bad_alloc when the kernel has no room.
void *map(std::size_t bytes);
void unmap(void *memory, std::size_t bytes) noexcept;
} // namespace AnonymousMemory

// An allocator for arrays that may grow big: 2 MB and more from AnonymousMemory, anything
// smaller from the heap.
template<typename T> struct AnonymousAllocator
{
    using value_type = T;

    AnonymousAllocator() = default;
    template<typename U> AnonymousAllocator(const AnonymousAllocator<U> &) noexcept { }

    T *allocate(std::size_t n)
    {
        if (n * sizeof(T) >= AnonymousMemory::hugePageBytes)
            return static_cast<T *>(AnonymousMemory::map(n * sizeof(T)));
        return std::allocator<T>().allocate(n);
    }
    void deallocate(T *memory, std::size_t n) noexcept
    {
        if (n * sizeof(T) >= AnonymousMemory::hugePageBytes)
            AnonymousMemory::unmap(memory, n * sizeof(T));
        else
            std::allocator<T>().deallocate(memory, n);
    }

    template<typename U> bool operator==(const AnonymousAllocator<U> &) const noexcept { return true; }
};
